package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.plan.BuildPlan;

/**
 * Whether BuildKit's step labels carry the stage name: with several stages, and (as the real builder
 * here shows) in a one-stage file that uses a cache mount; a plain one-stage build shows {@code [2/5]}.
 */
final class StepLabels {
  private StepLabels() {}

  static boolean named(BuildPlan plan) {
    return plan.stages().size() > 1 || plan.dockerfile().stages().stream()
        .flatMap(s -> s.instructions().stream())
        .anyMatch(i -> i instanceof Instruction.Run r && r.mounts().stream().anyMatch(m -> m.contains("type=cache")));
  }
}
