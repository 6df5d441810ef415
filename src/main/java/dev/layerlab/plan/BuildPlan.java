package dev.layerlab.plan;

import dev.layerlab.dockerfile.Dockerfile;
import java.util.List;
import java.util.Map;

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
}
