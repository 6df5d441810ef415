package dev.layerlab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code layerlab} command; its subcommands are the program's commands. */
@Command(
    name = "layerlab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Simulates Docker builds without a daemon: BuildKit's parser, every layer's diff, the cache and its reasons.")
public final class LayerlabCommand implements Callable<Integer> {
  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, ParseCommand.class,
      BuildCommand.class, TimelineCommand.class, HistoryCommand.class, InspectCommand.class, ExplainCommand.class,
      WhatIfCommand.class, CacheCommand.class, ReplCommand.class, PlayCommand.class, LessonCommand.class,
      EfficiencyCommand.class, AdviseCommand.class, SecretsCommand.class, RunCommand.class);

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

  /**
   * A configured command line that can run {@code args} (usage errors exit 2, as a bad invocation
   * should; {@code interactive} false prints the usage instead of starting the REPL): with only the
   * subcommand they name, or none when they name none and ask for no help. picocli reads every
   * registered command's annotations up front, a large part of start-up, and one invocation runs one
   * command. Anything else (help, a misspelt command) gets them all, so the usage and the
   * did-you-mean stay complete.
   */
  public static CommandLine forArgs(boolean interactive, String... args) {
    Optional<String> first = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst();
    boolean help = Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    if (first.isEmpty()) {
      return configured(interactive, help ? SUBCOMMANDS : List.of());
    }
    return SUBCOMMANDS.stream().filter(c -> names(c).contains(first.get())).findFirst()
        .filter(c -> c != CommandLine.HelpCommand.class)
        .map(c -> configured(interactive, List.of(c)))
        .orElseGet(() -> configured(interactive, SUBCOMMANDS));
  }

  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(c.aliases()));
    names.add(c.name());
    return names;
  }

  private static CommandLine configured(boolean interactive, List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new LayerlabCommand(interactive));
    subcommands.forEach(cl::addSubcommand);
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.getCommandSpec().exitCodeOnInvalidInput(2);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
