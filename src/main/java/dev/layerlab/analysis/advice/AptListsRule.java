package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DL3009: a RUN that updates apt's lists without removing them in the same RUN leaves ≈20 MB of
 * indexes in its layer. Exempt with a cache mount on the lists; reported for the final stage only.
 */
final class AptListsRule implements Rule {
  public String id() {
    return "DL3009";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Instruction.Run run : Subject.shellRuns(s.finalStage())) {
      if (RunRules.matches(run, "\\b(apt-get|apt|aptitude)\\s+(\\S+\\s+)*update\\b")
          && !RunRules.matches(run, "/var/lib/apt/lists") && !RunRules.hasCacheMount(run, "/var/lib/apt")) {
        out.add(new Finding(id(), run.node().range().startLine(),
            "Delete the apt-get lists after installing something: they stay in this layer.", Impact.SIZE,
            Optional.of(new Fix("add && rm -rf /var/lib/apt/lists/* to the same RUN",
                text -> TextEdit.append(text, TextEdit.range(run), " && rm -rf /var/lib/apt/lists/*")))));
      }
    }
    return out;
  }
}
