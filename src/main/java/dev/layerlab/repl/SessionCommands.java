package dev.layerlab.repl;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The session itself: undo, redo, reset, save, load, present, exit. */
final class SessionCommands {
  private SessionCommands() {}

  @Command(name = "undo", description = "Undo the last change to the Dockerfile or the context.")
  static final class Undo extends SessionCommand {
    @Override
    void run() {
      session.undo().ifPresentOrElse(s -> out().println("undone: " + s.command()),
          () -> out().println("nothing to undo"));
    }
  }

  @Command(name = "redo", description = "Redo what undo undid.")
  static final class Redo extends SessionCommand {
    @Override
    void run() {
      session.redo().ifPresentOrElse(s -> out().println("redone: " + s.command()),
          () -> out().println("nothing to redo"));
    }
  }

  @Command(name = "reset", description = "Go back to where the session started (undo brings your changes back).")
  static final class Reset extends SessionCommand {
    @Override
    void run() {
      boolean changed = session.change("reset", s -> session.start().sandbox());
      out().println(changed ? "back to the start of " + session.start().name() + " (undo to return)" : "(no change: nothing was edited)");
    }
  }

  @Command(name = "save", description = "Write the Dockerfile and context to DIR (default: the project's own directory).")
  static final class Save extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Where to write (created if missing).") Path dir;

    @Override
    void run() {
      Path target = dir != null ? dir : session.directory().orElseThrow(() -> new ReplException(
          "this sandbox has no directory of its own: save DIR writes it to one"));
      List<String> left = ProjectFiles.write(session.sandbox(), target);
      out().println("saved " + session.sandbox().entries().size() + " paths to " + target);
      if (!left.isEmpty()) {
        out().println("left on disk (not in the sandbox; remove them yourself if you mean to): " + String.join(", ", left));
      }
    }
  }

  @Command(name = "load", description = "Open a project directory: its Dockerfile and context, in memory (undo returns here).")
  static final class Load extends SessionCommand {
    @Parameters(paramLabel = "DIR", description = "A directory holding a Dockerfile.") Path dir;

    @Override
    void run() {
      StartState next = StartState.project(dir);
      if (next.sandbox().get(Sandbox.DOCKERFILE).isEmpty()) {
        throw new ReplException(dir + " has no Dockerfile");
      }
      session.restart(next, invocation());
      out().println("loaded " + next.name() + ": " + next.sandbox().entries().size() + " paths (show, ls, build)");
    }
  }

  @Command(name = "present", description = "Presentation mode for a projector: large step headers, high contrast, a pause after every step.")
  static final class Present extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "on|off", description = "Turn it on or off (default: on).") String state = "on";

    @Override
    void run() {
      if (!state.equals("on") && !state.equals("off")) {
        throw new ReplException("present on, or present off");
      }
      out().present(state.equals("on"));
      out().println("presentation mode " + state);
    }
  }

  @Command(name = "exit", aliases = "quit", description = "Leave layerlab (Ctrl-D does too). Nothing is written unless you saved.")
  static final class Exit extends SessionCommand {
    @Override
    void run() {
      session.quit();
    }
  }
}
