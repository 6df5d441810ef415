package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DL4001: a stage that runs both wget and curl ships two download tools. Fires as hadolint does: on
 * every RUN that runs either once both have been run in the stage. When the stage installs one of them
 * itself and every use of it has an equivalent in the other ({@link DownloaderSwap}), the fix drops it
 * from the install and rewrites its uses, and the measurement is what that package costs the image.
 */
final class WgetCurlRule implements Rule {
  static final Set<String> TOOLS = Set.of("curl", "wget");

  public String id() {
    return "DL4001";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      Set<String> seen = new TreeSet<>();
      Optional<Fix> fix = Optional.empty();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Run run) {
          List<String> used = ShellCommands.of(run).stream().map(ShellCommands.Command::name).filter(TOOLS::contains)
              .toList();
          seen.addAll(used);
          if (!used.isEmpty() && seen.size() == 2) {
            fix = fix.isPresent() ? fix : DownloaderSwap.of(stage);
            out.add(new Finding(id(), run.node().range().startLine(), "Either use Wget or Curl but not both"
                + (fix.isPresent() ? "." : ": the stage does not install one of them itself with uses the other can"
                + " take over, so no rewrite is derived."), Impact.SIZE, fix));
          }
        }
      }
    }
    return out;
  }
}
