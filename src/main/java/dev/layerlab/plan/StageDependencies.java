package dev.layerlab.plan;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The stages one instruction reads from: {@code COPY --from} and {@code RUN --mount=…,from=}. */
final class StageDependencies {
  private StageDependencies() {}

  static List<Integer> of(Dockerfile df, Stage current, Instruction i) {
    List<Integer> deps = new ArrayList<>();
    if (i instanceof Instruction.Copy copy && copy.from().isPresent()) {
      resolve(df, current, copy.from().get(), i, null).stage().ifPresent(deps::add);
    }
    if (i instanceof Instruction.Run run) {
      for (String csv : run.mounts()) {
        Optional<String> from = field(csv, "from");
        if (from.isPresent()) {
          String target = field(csv, "target").or(() -> field(csv, "dst")).orElse("");
          resolve(df, current, from.get(), i, target).stage().ifPresent(deps::add);
        }
      }
    }
    return deps;
  }

  /**
   * What a {@code --from} value names, checked as BuildKit checks it.
   *
   * @param mountTarget the mount's target for a RUN mount, null for COPY
   */
  static StageRef resolve(Dockerfile df, Stage current, String from, Instruction at, String mountTarget) {
    if (from.contains("$")) {
      throw new PlanException("variable expansion is not supported for --from, define a new stage with FROM using "
          + "ARG from global scope as a workaround", at.node().range());
    }
    if (from.matches("\\d+")) {
      int index = Integer.parseInt(from);
      if (index >= current.index()) {
        throw new PlanException("invalid stage index " + index, at.node().range());
      }
      return StageRef.ofStage(index);
    }
    String lower = from.toLowerCase(Locale.ROOT);
    for (Stage s : df.stages()) {
      if (s.name().map(lower::equals).orElse(false)) {
        if (s.index() >= current.index()) {
          throw new PlanException(laterStageMessage(from, current, mountTarget), at.node().range());
        }
        return StageRef.ofStage(Planner.earlierStage(df, lower, current.index()).orElse(s.index()));
      }
    }
    return StageRef.ofImage(from);
  }

  private static String laterStageMessage(String from, Stage current, String mountTarget) {
    return mountTarget != null
        ? "cannot mount from stage \"" + from + "\" to \"" + mountTarget + "\", stage needs to be defined before current command"
        : "cannot copy from stage \"" + from + "\", it needs to be defined before current stage \""
            + current.displayName() + "\"";
  }

  private static Optional<String> field(String csv, String key) {
    for (String field : csv.split(",")) {
      int eq = field.indexOf('=');
      if (eq > 0 && field.substring(0, eq).trim().equalsIgnoreCase(key)) {
        return Optional.of(field.substring(eq + 1).trim());
      }
    }
    return Optional.empty();
  }
}
