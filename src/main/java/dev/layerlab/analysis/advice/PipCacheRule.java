package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DL3042: {@code pip install} without {@code --no-cache-dir} keeps every downloaded wheel in ~/.cache/pip. */
final class PipCacheRule implements Rule {
  static final String INSTALL = "(\\bpip3?\\s+(?:-\\S+\\s+)*install)\\b";

  public String id() {
    return "DL3042";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      boolean envOff = stage.instructions().stream().anyMatch(i -> i instanceof Instruction.Env e
          && e.pairs().stream().anyMatch(p -> p.key().equals("PIP_NO_CACHE_DIR")));
      for (Instruction.Run run : Subject.shellRuns(stage)) {
        if (!envOff && RunRules.matches(run, INSTALL) && !RunRules.matches(run, "--no-cache-dir|PIP_NO_CACHE_DIR")
            && !RunRules.hasCacheMount(run, ".cache/pip")) {
          out.add(new Finding(id(), run.node().range().startLine(),
              "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`.", Impact.SIZE,
              Optional.of(RunRules.insertAfter(run, INSTALL, "--no-cache-dir", "add --no-cache-dir"))));
        }
      }
    }
    return out;
  }
}
