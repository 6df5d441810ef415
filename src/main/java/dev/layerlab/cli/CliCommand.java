package dev.layerlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that prints: gives {@link #run} the command line's writers, turns a {@link UserError} into
 * {@code ERROR: …} and exit status 1, and flushes both writers whatever happens.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (UserError e) {
      err.println("ERROR: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command's work; its status is the exit status. */
  abstract int run(PrintWriter out, PrintWriter err) throws UserError;
}
