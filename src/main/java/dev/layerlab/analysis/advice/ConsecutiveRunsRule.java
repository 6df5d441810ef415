package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DL3059: two adjacent shell-form RUNs with the same flags, each of at most two commands, make two
 * layers where one would do (and a file deleted by the second still weighs in the first).
 */
final class ConsecutiveRunsRule implements Rule {
  public String id() {
    return "DL3059";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      List<Instruction> all = stage.instructions();
      for (int k = 1; k < all.size(); k++) {
        if (all.get(k - 1) instanceof Instruction.Run a && all.get(k) instanceof Instruction.Run b && mergeable(a, b)) {
          out.add(new Finding(id(), b.node().range().startLine(),
              "Multiple consecutive RUN instructions. Consider consolidation.", Impact.SIZE,
              Optional.of(new Fix("merge it into the RUN on line " + a.node().range().startLine(), text -> merge(text, a, b)))));
        }
      }
    }
    return out;
  }

  private static boolean mergeable(Instruction.Run a, Instruction.Run b) {
    return a.command().shellForm() && b.command().shellForm() && a.heredocs().isEmpty() && b.heredocs().isEmpty()
        && a.node().flags().equals(b.node().flags()) && commands(a) <= 2 && commands(b) <= 2;
  }

  private static int commands(Instruction.Run r) {
    return Subject.command(r).split("&&|\\|\\||;").length;
  }

  private static String merge(String text, Instruction.Run a, Instruction.Run b) {
    String flags = a.node().flags().stream().map(f -> f + " ").reduce("", String::concat);
    String merged = "RUN " + flags + Subject.command(a).trim() + " && " + Subject.command(b).trim();
    String without = TextEdit.delete(text, TextEdit.range(b));
    return TextEdit.replace(without, TextEdit.range(a), merged);
  }
}
