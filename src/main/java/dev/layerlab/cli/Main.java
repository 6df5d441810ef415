package dev.layerlab.cli;

import picocli.CommandLine;

/** The program's entry point: runs the top-level command and exits with its status. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit status; never exits the JVM. */
  public static int run(String... args) {
    return LayerlabCommand.commandLine().execute(args);
  }
}
