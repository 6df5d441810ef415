package dev.layerlab.schedule;

import java.util.List;
import java.util.Optional;

/**
 * What the scheduler may be told besides the build: how many steps run at once (BuildKit's
 * {@code --max-parallelism}; empty for no limit) and durations set by a lesson or {@code --sim}, the
 * last matching one winning.
 */
public record SimSettings(Optional<Integer> maxParallelism, List<CostOverride> overrides) {
  public SimSettings {
    overrides = List.copyOf(overrides);
    if (maxParallelism.isPresent() && maxParallelism.get() < 1) {
      throw new IllegalArgumentException("--max-parallelism must be 1 or more");
    }
  }

  public static SimSettings defaults() {
    return new SimSettings(Optional.empty(), List.of());
  }

  /** The duration a step takes after the overrides: the last override whose pattern its name contains. */
  double duration(String stepName, double modelled) {
    double d = modelled;
    for (CostOverride o : overrides) {
      if (o.matches(stepName)) {
        d = o.seconds();
      }
    }
    return d;
  }
}
