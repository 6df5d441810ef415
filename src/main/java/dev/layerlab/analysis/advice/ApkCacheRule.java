package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3019: {@code apk add} without {@code --no-cache} leaves the package index in /var/cache/apk. */
final class ApkCacheRule implements Rule {
  static final String ADD = "(\\bapk\\s+(?:-\\S+\\s+)*add)\\b";

  public String id() {
    return "DL3019";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction.Run run : Subject.shellRuns(stage)) {
        if (RunRules.matches(run, ADD) && !RunRules.matches(run, "--no-cache")
            && !RunRules.hasCacheMount(run, "/var/cache/apk")) {
          out.add(new Finding(id(), run.node().range().startLine(),
              "Use the --no-cache switch to avoid the need to use rm -rf /var/cache/apk/*.", Impact.SIZE,
              Optional.of(RunRules.insertAfter(run, ADD, "--no-cache", "add --no-cache"))));
        }
      }
    }
    return out;
  }
}
