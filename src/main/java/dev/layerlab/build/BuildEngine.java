package dev.layerlab.build;

import dev.layerlab.fs.FsException;
import dev.layerlab.image.Image;
import dev.layerlab.plan.BuildPlan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs a build plan: each stage the builder needs, in order, each step a journaled change of the
 * stage's filesystem that becomes a layer. The target stage's state becomes the image.
 */
public final class BuildEngine {
  private BuildEngine() {}

  public static BuildResult build(BuildRequest request) {
    BuildPlan plan = request.plan();
    BuildSession session = new BuildSession(request);
    Expand expand = new Expand(plan.dockerfile().ast().escape());
    Optional<BuildFailure> failure = Optional.empty();
    try {
      for (int index : plan.stagesToBuild()) {
        session.finished.put(index, StageExecutor.build(plan.stage(index), session, expand));
      }
    } catch (BuildException e) {
      failure = Optional.of(new BuildFailure(e.getMessage(), e.range().startLine(), e.range().endLine(),
          lastStepName(session), e.status()));
    } catch (FsException e) {
      failure = Optional.of(new BuildFailure(e.getMessage(), 0, 0, lastStepName(session), 1));
    }
    Optional<Image> image = failure.isPresent() ? Optional.empty()
        : Optional.of(image(session.finished.get(plan.target())));
    List<StepRecord> ordered = session.steps.stream()
        .sorted(Comparator.comparingInt(StepRecord::stage).thenComparingInt(StepRecord::index)).toList();
    return new BuildResult(plan, ordered, image, failure, List.copyOf(session.warnings), List.copyOf(session.notes),
        List.copyOf(session.unmodelled));
  }

  private static Image image(StageState s) {
    return new Image(s.layers, s.config, s.history);
  }

  private static Optional<String> lastStepName(BuildSession session) {
    return session.steps.isEmpty() ? Optional.empty()
        : Optional.of(session.steps.get(session.steps.size() - 1).name());
  }
}
