package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DL3025: CMD and ENTRYPOINT in shell form run under {@code /bin/sh -c}, which does not pass SIGTERM
 * on, so {@code docker stop} waits 10 s and kills. A command without shell syntax gets a JSON rewrite.
 */
final class ExecFormRule implements Rule {
  private static final Pattern SHELL_SYNTAX = Pattern.compile("[$|&;<>*?`'\"\\\\(){}~]");

  public String id() {
    return "DL3025";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Instruction i : s.finalStage().instructions()) {
      Optional<Instruction.CommandLine> cl = i instanceof Instruction.Cmd c ? Optional.of(c.command())
          : i instanceof Instruction.Entrypoint e ? Optional.of(e.command()) : Optional.empty();
      if (cl.isPresent() && cl.get().shellForm()) {
        String command = String.join(" ", cl.get().args());
        Optional<Fix> fix = SHELL_SYNTAX.matcher(command).find() ? Optional.empty()
            : Optional.of(new Fix("write it in JSON (exec) form", text -> TextEdit.replace(text, TextEdit.range(i),
                i.node().keyword().toUpperCase() + " " + json(command))));
        out.add(new Finding(id(), i.node().range().startLine(),
            "Use arguments JSON notation for CMD and ENTRYPOINT arguments, so signals reach the process.",
            Impact.COMMAND, fix));
      }
    }
    return out;
  }

  static String json(String command) {
    List<String> quoted = new ArrayList<>();
    for (String w : command.trim().split("\\s+")) {
      quoted.add("\"" + w + "\"");
    }
    return "[" + String.join(", ", quoted) + "]";
  }
}
