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
        TimelineCommand.class, HistoryCommand.class, InspectCommand.class})
public final class LayerlabCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** A configured command line: usage errors exit 2, as a bad invocation should. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new LayerlabCommand());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.getCommandSpec().exitCodeOnInvalidInput(2);
    return cl;
  }
}
