package dev.layerlab.repl;

import dev.layerlab.fs.Content;
import dev.layerlab.lesson.Lesson;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a session starts: the bundled starter sandbox, a project directory, or a lesson's start state. {@code reset} returns to it.
 *
 * @param name shown in the welcome line and the prompt
 * @param directory the project's directory, where {@code save} writes; empty for bundled sandboxes
 */
record StartState(String name, Sandbox sandbox, Optional<Path> directory, Optional<Lesson> lesson) {

  /** The sandbox shipped in the jar: a Dockerfile and a tiny shell app on busybox. */
  static StartState starter() {
    return new StartState("starter", BundledSandbox.load("starter"), Optional.empty(), Optional.empty());
  }

  /** A real project: its Dockerfile and context read into memory, written back only by {@code save}. */
  static StartState project(Path dir) {
    return new StartState(ProjectFiles.name(dir), ProjectFiles.read(dir), Optional.of(dir), Optional.empty());
  }

  /** A lesson's start state: its Dockerfile and context files; the prompt shows the lesson's number. */
  static StartState lesson(Lesson lesson) {
    Sandbox s = Sandbox.empty();
    for (var e : new java.util.TreeMap<>(lesson.files()).entrySet()) {
      s = s.withFile(e.getKey(), Content.of(e.getValue().bytes()), e.getValue().mode());
    }
    return new StartState("lesson " + lesson.number(), s, Optional.empty(), Optional.of(lesson));
  }
}
