package dev.layerlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The program's entry point: runs the top-level command and exits with its status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (OutOfMemoryError e) {
      System.err.println("ERROR: layerlab ran out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB heap); give it more with LAYERLAB_JAVA_OPTS=-Xmx1g");
      System.exit(1);
    }
  }

  /** Runs one command line and returns its exit status; never exits the JVM. */
  public static int run(String... args) {
    return LayerlabCommand.forArgs(true, args).execute(args);
  }

  /** The same, printing to the given writers (tests); with no command it prints the usage, having no terminal for the REPL. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = LayerlabCommand.forArgs(false, args);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }
}
