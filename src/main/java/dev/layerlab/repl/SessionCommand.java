package dev.layerlab.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A REPL command: a picocli command that acts on the session. {@link CommandFactory} hands each one the
 * session; a {@link ReplException} becomes a one-line message, anything else an internal-error line.
 */
abstract class SessionCommand implements Callable<Integer> {
  Session session;
  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    run();
    return 0;
  }

  abstract void run();

  Console out() {
    return session.console();
  }

  /** The full command line, as undo reports it ("undone: edit 3 RUN …"). */
  String invocation() {
    return String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }
}
