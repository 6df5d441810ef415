package dev.layerlab.plan;

import java.util.Map;
import java.util.Optional;

/**
 * What the user asked for: the target stage, the {@code --build-arg} values and the builder.
 *
 * @param buildArgs build args in the order given; the last value for a name wins
 */
public record PlanOptions(Optional<String> target, Map<String, String> buildArgs, Builder builder) {
  public PlanOptions {
    buildArgs = Map.copyOf(buildArgs);
  }

  public static PlanOptions defaults() {
    return new PlanOptions(Optional.empty(), Map.of(), Builder.BUILDKIT);
  }
}
