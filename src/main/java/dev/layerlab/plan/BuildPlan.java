package dev.layerlab.plan;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Instruction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable plan of a build: every stage with its base and dependencies, the target, and the
 * stages the chosen builder runs, in order.
 *
 * @param globalArgs the values of the ARGs before the first FROM (usable only in FROM lines)
 * @param stagesToBuild indexes of the stages the builder runs: with BuildKit those the target needs,
 *     with the legacy builder every stage up to the target, in file order
 */
public record BuildPlan(Dockerfile dockerfile, List<PlannedStage> stages, int target, List<Integer> stagesToBuild,
    Map<String, String> globalArgs, PlanOptions options) {
  public BuildPlan {
    stages = List.copyOf(stages);
    stagesToBuild = List.copyOf(stagesToBuild);
    globalArgs = Map.copyOf(globalArgs);
  }

  public PlannedStage targetStage() {
    return stages.get(target);
  }

  public PlannedStage stage(int index) {
    return stages.get(index);
  }

  public boolean builds(int stage) {
    return stagesToBuild.contains(stage);
  }

  /**
   * The stages one instruction of a stage reads from ({@code COPY --from}, {@code RUN --mount=…,from=}):
   * the step-level edges of the stage graph, where {@link PlannedStage#dependencies()} has the stage's union.
   */
  public Set<Integer> stagesReadBy(int stage, Instruction instruction) {
    return new TreeSet<>(StageDependencies.of(dockerfile, stage(stage).stage(), instruction));
  }
}
