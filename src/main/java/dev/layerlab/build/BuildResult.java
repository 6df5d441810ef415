package dev.layerlab.build;

import dev.layerlab.image.Image;
import dev.layerlab.plan.BuildPlan;
import java.util.List;
import java.util.Optional;

/**
 * Everything a build produced: its steps in Dockerfile order (stage by stage), the image of the target
 * stage when it succeeded, and what it warned about.
 *
 * @param unmodelled programs that RUN found in the image but layerlab has no model for, once each
 */
public record BuildResult(BuildPlan plan, List<StepRecord> steps, Optional<Image> image, Optional<BuildFailure> error,
    List<String> warnings, List<String> notes, List<String> unmodelled) {
  public BuildResult {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
    unmodelled = List.copyOf(unmodelled);
  }

  /** The same result with one more warning (e.g. a damaged cache directory). */
  public BuildResult withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(List.of(warning));
    all.addAll(warnings);
    return new BuildResult(plan, steps, image, error, all, notes, unmodelled);
  }

  public int exitCode() {
    return error.map(BuildFailure::status).orElse(0);
  }

  /** True when step labels carry the stage name (see {@link StepLabels}). */
  public boolean namedLabels() {
    return StepLabels.named(plan);
  }

  /** True for the legacy builder, whose steps read {@code Step N/M : …}. */
  public boolean legacy() {
    return plan.options().builder() == dev.layerlab.plan.Builder.LEGACY;
  }

  /** The step's label as this build's builder prints it. */
  public String label(StepRecord s) {
    return legacy() ? "Step " + s.index() + "/" + s.total() + " :" : s.label(namedLabels());
  }
}
