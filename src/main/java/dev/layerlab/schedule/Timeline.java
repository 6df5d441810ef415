package dev.layerlab.schedule;

import dev.layerlab.build.StepRecord;
import dev.layerlab.plan.Builder;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A build laid out on the simulated clock: every step with its start and end, one lane per stage
 * that ran a step, the total, and the critical path. Immutable; the same build and settings always
 * give an equal timeline.
 *
 * @param builder whose rules placed the steps: BuildKit's graph, or the legacy builder's file order
 * @param maxParallelism the limit on steps running at once; empty when unbounded
 * @param slots every step, in Dockerfile order (stage by stage), as {@code BuildResult.steps()}
 * @param lanes one per stage with a step, in file order
 * @param total when the last step ended
 * @param criticalPath the steps, earliest first, whose chain of waits decides the total
 */
public record Timeline(Builder builder, Optional<Integer> maxParallelism, List<Slot> slots, List<Lane> lanes,
    double total, List<Slot> criticalPath) {
  public Timeline {
    slots = List.copyOf(slots);
    lanes = List.copyOf(lanes);
    criticalPath = List.copyOf(criticalPath);
  }

  /** Where a step of this build was placed. */
  public Optional<Slot> slot(StepRecord step) {
    return slots.stream().filter(s -> s.stage() == step.stage() && s.index() == step.index()).findFirst();
  }

  /** The steps in the order they finished, as BuildKit's plain progress prints them; ties by start, stage, step. */
  public List<Slot> byCompletion() {
    return slots.stream().sorted(Comparator.comparingDouble(Slot::end).thenComparingDouble(Slot::start)
        .thenComparingInt(Slot::stage).thenComparingInt(Slot::index)).toList();
  }

  /** The steps in the order they started, as BuildKit's tty display lists them; ties by stage, step. */
  public List<Slot> byStart() {
    return slots.stream().sorted(Comparator.comparingDouble(Slot::start).thenComparingInt(Slot::stage)
        .thenComparingInt(Slot::index)).toList();
  }

  /** The time the steps would take one after another: what parallelism saves is this minus the total. */
  public double sequential() {
    return Clock.round(slots.stream().mapToDouble(Slot::duration).sum());
  }

  public boolean stageBuilt(int stage) {
    return lanes.stream().anyMatch(l -> l.stage() == stage);
  }
}
