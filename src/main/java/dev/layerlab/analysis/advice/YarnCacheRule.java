package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3060: {@code yarn install} without {@code yarn cache clean} in the same RUN keeps yarn's cache in the layer. */
final class YarnCacheRule implements Rule {
  public String id() {
    return "DL3060";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction.Run run : Subject.shellRuns(stage)) {
        if (RunRules.matches(run, "\\byarn(\\s+install\\b|\\s*$|\\s*&&)") && !RunRules.matches(run, "yarn\\s+cache\\s+clean")
            && !RunRules.hasCacheMount(run, "cache/yarn")) {
          out.add(new Finding(id(), run.node().range().startLine(),
              "`yarn cache clean` missing after `yarn install` was run.", Impact.SIZE,
              Optional.of(new Fix("add && yarn cache clean to the same RUN",
                  text -> TextEdit.append(text, TextEdit.range(run), " && yarn cache clean")))));
        }
      }
    }
    return out;
  }
}
