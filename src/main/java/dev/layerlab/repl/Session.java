package dev.layerlab.repl;

import dev.layerlab.build.BuildResult;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.image.Image;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One REPL session: the sandbox being edited, where it started, the undo stack, the last build and the
 * state kept between builds (the build cache, with its cache mounts), and step mode.
 * Commands change the sandbox only through {@link #change}, which is what makes undo whole.
 */
final class Session {
  private StartState start;
  private Sandbox current;
  private final UndoStack undo = new UndoStack();
  private final Console console;
  private final Clock clock;
  private CacheStore cache = new CacheStore();
  private Optional<BuildResult> lastBuild = Optional.empty();
  private Optional<Stepper> stepper = Optional.empty();
  private boolean quit;
  private final LessonState lessons = new LessonState();

  Session(StartState start, Console console, Clock clock) {
    this.start = start;
    this.current = start.sandbox();
    this.console = console;
    this.clock = clock;
  }

  Sandbox sandbox() {
    return current;
  }

  StartState start() {
    return start;
  }

  Console console() {
    return console;
  }

  Clock clock() {
    return clock;
  }

  CacheStore cache() {
    return cache;
  }

  /**
   * Applies a change; pushes an undo snapshot only when the sandbox is really different.
   *
   * @return whether anything changed
   */
  boolean change(String command, UnaryOperator<Sandbox> edit) {
    Sandbox next = edit.apply(current);
    if (next.equals(current)) {
      return false;
    }
    undo.changed(current, command);
    current = next;
    stepper = Optional.empty();
    return true;
  }

  Optional<UndoStack.Snapshot> undo() {
    Optional<UndoStack.Snapshot> s = undo.undo(current);
    s.ifPresent(x -> restore(x.state()));
    return s;
  }

  Optional<UndoStack.Snapshot> redo() {
    Optional<UndoStack.Snapshot> s = undo.redo(current);
    s.ifPresent(x -> restore(x.state()));
    return s;
  }

  UndoStack history() {
    return undo;
  }

  /** A new start (load DIR): undoable like any change, and reset now returns here. */
  void restart(StartState next, String command) {
    start = next;
    change(command, s -> next.sandbox());
  }

  /** Forgets what builds remembered (the build cache and its mounts), as a fresh builder would. */
  void forgetCache() {
    cache = new CacheStore();
  }

  void built(BuildResult r) {
    lastBuild = Optional.of(r);
  }

  Optional<BuildResult> lastBuild() {
    return lastBuild;
  }

  /** The last build's image, or a message telling the learner to build first. */
  Image image() {
    return lastBuild.flatMap(BuildResult::image).orElseThrow(() -> new ReplException(
        lastBuild.isPresent() ? "the last build failed, so there is no image: fix it and build again"
            : "nothing built yet: type build"));
  }

  Optional<Stepper> stepper() {
    return stepper;
  }

  void stepper(Optional<Stepper> s) {
    stepper = s;
  }

  /** The course, the learner's progress and the current lesson's hint count. */
  LessonState lessons() {
    return lessons;
  }

  Optional<Path> directory() {
    return start.directory();
  }

  void quit() {
    quit = true;
  }

  boolean quitting() {
    return quit;
  }

  private void restore(Sandbox s) {
    current = s;
    stepper = Optional.empty();
  }
}
