package dev.layerlab.lesson;

import dev.layerlab.plan.Builder;
import java.util.Map;
import java.util.Optional;

/**
 * How a lesson's builds run, the learner's and the checks': the target, the builder, build args and
 * {@code --secret} values (as a CI job would pass them).
 */
public record BuildSettings(Optional<String> target, Builder builder, Map<String, String> buildArgs,
    Map<String, String> secrets) {
  public BuildSettings {
    buildArgs = Map.copyOf(buildArgs);
    secrets = Map.copyOf(secrets);
  }

  static BuildSettings defaults() {
    return new BuildSettings(Optional.empty(), Builder.BUILDKIT, Map.of(), Map.of());
  }

  Scenario scenario() {
    return new Scenario(target, builder, java.util.List.of(), false);
  }
}
