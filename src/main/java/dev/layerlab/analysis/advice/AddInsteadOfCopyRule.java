package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3020: ADD of local files and folders (no URL, no archive) is a COPY that hides its intent. */
final class AddInsteadOfCopyRule implements Rule {
  public String id() {
    return "DL3020";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Add add && !add.sources().paths().isEmpty()
            && add.sources().paths().stream().allMatch(AddInsteadOfCopyRule::plainLocal)) {
          out.add(new Finding(id(), add.node().range().startLine(),
              "Use COPY instead of ADD for files and folders.", Impact.SIZE,
              Optional.of(new Fix("replace ADD with COPY", text -> TextEdit.edit(text, TextEdit.range(add),
                  t -> t.replaceFirst("(?i)^(\\s*)ADD", "$1COPY"))))));
        }
      }
    }
    return out;
  }

  private static boolean plainLocal(String src) {
    String s = src.toLowerCase();
    return !s.contains("://") && !s.startsWith("git@")
        && !s.matches(".*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2|tar\\.xz|txz|tar\\.zst|gz|bz2|xz)$");
  }
}
