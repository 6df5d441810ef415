package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3015: {@code apt-get install} without {@code --no-install-recommends} also installs what packages merely recommend. */
final class NoRecommendsRule implements Rule {
  static final String INSTALL = "(\\bapt-get\\s+(?:-\\S+\\s+)*install)\\b";

  public String id() {
    return "DL3015";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction.Run run : Subject.shellRuns(stage)) {
        if (RunRules.matches(run, INSTALL) && !RunRules.matches(run, "no-install-recommends|Install-Recommends=false")) {
          out.add(new Finding(id(), run.node().range().startLine(),
              "Avoid additional packages by specifying --no-install-recommends.", Impact.SIZE,
              Optional.of(RunRules.insertAfter(run, INSTALL, "--no-install-recommends", "add --no-install-recommends"))));
        }
      }
    }
    return out;
  }
}
