package dev.layerlab.repl;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs one REPL line: splits it, finds the command, lets picocli parse and execute it. Every failure
 * ends here as one readable line, so nothing typed at the prompt can end the loop with a stack trace.
 */
final class Dispatcher {
  private final Session session;
  private final CommandLine commands;

  Dispatcher(Session session) {
    this.session = session;
    this.commands = new CommandLine(new ReplCommands(), new CommandFactory(session));
    commands.setOut(session.console().writer());
    commands.setErr(session.console().writer());
    commands.setColorScheme(CommandLine.Help.defaultColorScheme(
        session.console().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    commands.setUsageHelpWidth(Math.max(55, Math.min(session.console().width(), 100)));
    commands.setExecutionExceptionHandler(this::failed);
    commands.setParameterExceptionHandler(this::misused);
  }

  CommandLine commandLine() {
    return commands;
  }

  /** Runs the line; returns 0 when it succeeded (blank lines and comments do nothing, successfully). */
  int run(String line) {
    List<String> words = LineSplitter.split(line);
    if (words.isEmpty() || words.get(0).startsWith("#")) {
      return 0;
    }
    try {
      if (!commands.getSubcommands().containsKey(words.get(0))) {
        session.console().println("unknown command: " + words.get(0) + closest(words.get(0)) + " (help lists the commands)");
        return 1;
      }
      if (session.start().lesson().map(l -> l.disabled().contains(words.get(0))).orElse(false)) {
        session.console().println(words.get(0) + " is switched off in this lesson (lesson list, or lesson N, to leave it)");
        return 1;
      }
      if (words.size() >= 2 && (words.get(1).equals("--help") || words.get(1).equals("-h"))) {
        // Only right after the command: later, --help may be part of a Dockerfile line being typed.
        java.io.StringWriter usage = new java.io.StringWriter();
        commands.getSubcommands().get(words.get(0)).usage(new java.io.PrintWriter(usage));
        session.console().print(usage.toString());
        return 0;
      }
      return commands.execute(words.toArray(new String[0]));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(e, commands, null);
    }
  }

  private int failed(Throwable e, CommandLine cl, CommandLine.ParseResult parsed) {
    if (e instanceof ReplException) {
      session.console().println("error: " + e.getMessage());
    } else {
      session.console().println("internal error (a bug in layerlab; the session is intact): " + e);
    }
    return 1;
  }

  private int misused(CommandLine.ParameterException e, String[] args) {
    String name = e.getCommandLine().getCommandName();
    session.console().println("error: " + e.getMessage());
    session.console().println("usage: " + e.getCommandLine().getHelp().synopsis(0).strip() + "   (" + name + " --help for more)");
    return 2;
  }

  /** " (did you mean X?)" for a near miss. */
  private String closest(String typed) {
    Set<String> names = commands.getSubcommands().keySet();
    return names.stream().min(Comparator.comparingInt(n -> distance(n, typed)))
        .filter(n -> distance(n, typed) <= 2).map(n -> " (did you mean " + n + "?)").orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }
}
