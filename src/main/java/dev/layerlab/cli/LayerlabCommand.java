package dev.layerlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code layerlab} command; its subcommands are the program's commands. */
@Command(
    name = "layerlab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Simulates Docker builds without a daemon: BuildKit's parser, every layer's diff, the cache and its reasons.",
    subcommands = {CommandLine.HelpCommand.class, ParseCommand.class, BuildCommand.class,
        TimelineCommand.class, HistoryCommand.class, InspectCommand.class, ExplainCommand.class, WhatIfCommand.class,
        CacheCommand.class, ReplCommand.class, PlayCommand.class, LessonCommand.class, EfficiencyCommand.class,
        AdviseCommand.class, SecretsCommand.class, RunCommand.class})
public final class LayerlabCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--present", description = "Start the REPL in presentation mode.")
  boolean present;

  @CommandLine.Option(names = "--no-color", description = "Start the REPL without colour.")
  boolean noColor;

  /** False when the caller gave its own writers (tests, embedding): there is no terminal to run a REPL on. */
  private final boolean interactive;

  private LayerlabCommand(boolean interactive) {
    this.interactive = interactive;
  }

  /** With no command: the REPL on the starter sandbox (the usage, when there is no terminal to talk to). */
  @Override
  public Integer call() {
    if (!interactive) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return 0;
    }
    ReplCommand repl = new ReplCommand();
    repl.present = present;
    repl.noColor = noColor;
    repl.firstLesson = true;
    return repl.call();
  }

  /** A configured command line: usage errors exit 2, as a bad invocation should. */
  public static CommandLine commandLine() {
    return commandLine(true);
  }

  /** The same; {@code interactive} false prints the usage instead of starting the REPL. */
  public static CommandLine commandLine(boolean interactive) {
    CommandLine cl = new CommandLine(new LayerlabCommand(interactive));
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.getCommandSpec().exitCodeOnInvalidInput(2);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
