package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code make [-C DIR] [-f FILE] [TARGET…] [VAR=value]}: reads the Makefile — simple variables ({@code
 * CC = gcc}), rules with prerequisites and tab-indented recipes — and runs the recipes of the goal and
 * what it needs through the shell, with {@code $@ $< $^} and {@code $(VAR)} expanded; everything is
 * rebuilt (no timestamps). Pattern rules, functions and includes are not modelled.
 */
final class Make implements Program {
  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("C", "f", "j"));
    String dir = a.value("C").map(inv::resolve).orElse(inv.cwd());
    Optional<String> text = a.value("f").map(f -> FsText.read(inv, PathNames.resolve(dir, f)))
        .orElseGet(() -> FsText.read(inv, dir + "/GNUmakefile").or(() -> FsText.read(inv, dir + "/makefile"))
            .or(() -> FsText.read(inv, dir + "/Makefile")));
    List<String> goals = new ArrayList<>();
    Map<String, String> defaults = Map.of("CC", "cc", "CXX", "g++", "MAKE", "make", "RM", "rm -f");
    Map<String, String> vars = new LinkedHashMap<>();
    for (String op : a.operands()) {
      if (op.contains("=")) {
        vars.put(op.substring(0, op.indexOf('=')), op.substring(op.indexOf('=') + 1));
      } else {
        goals.add(op);
      }
    }
    if (text.isEmpty()) {
      inv.err(goals.isEmpty() ? "make: *** No targets specified and no makefile found.  Stop.\n"
          : "make: *** No rule to make target '" + goals.get(0) + "'.  Stop.\n");
      return 2;
    }
    Makefile mf = Makefile.parse(text.get(), defaults, vars);
    if (goals.isEmpty()) {
      goals.add(mf.first());
    }
    Costs.charge(inv, "make", 0);
    List<String> done = new ArrayList<>();
    for (String goal : goals) {
      int status = make(inv, mf, goal, dir, done);
      if (status != 0) {
        return status;
      }
    }
    return 0;
  }

  private int make(Invocation inv, Makefile mf, String target, String dir, List<String> done) {
    if (done.contains(target)) {
      return 0;
    }
    done.add(target);
    Optional<Makefile.Rule> rule = mf.rule(target);
    if (rule.isEmpty()) {
      if (FsText.exists(inv, PathNames.resolve(dir, target))) {
        return 0;
      }
      inv.err("make: *** No rule to make target '" + target + "'.  Stop.\n");
      return 2;
    }
    for (String pre : rule.get().prerequisites()) {
      int s = make(inv, mf, pre, dir, done);
      if (s != 0) {
        return s;
      }
    }
    for (String line : rule.get().recipe()) {
      String cmd = mf.expand(line, target, rule.get().prerequisites());
      boolean quiet = cmd.startsWith("@");
      cmd = cmd.replaceFirst("^[@-]+", "");
      if (!quiet) {
        inv.out(cmd + "\n");
      }
      int s = inv.runScript("cd " + dir + " && " + cmd, "sh", List.of(), inv.io());
      if (s != 0 && !line.startsWith("-")) {
        inv.err("make: *** [Makefile: " + target + "] Error " + s + "\n");
        return 2;
      }
    }
    return 0;
  }
}
