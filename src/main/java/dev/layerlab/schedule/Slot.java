package dev.layerlab.schedule;

import dev.layerlab.build.StepRecord;

/**
 * One step placed on the simulated clock.
 *
 * @param step the step as the build recorded it (its own {@code start} is the build's, not this)
 * @param label the step's label as the progress output prints it, {@code [build 3/5]}
 * @param lane the lane of its stage in the timeline
 * @param start simulated seconds since the build began; {@code end} likewise
 * @param cached a cache hit, which takes no time
 * @param critical on the critical path: the chain of steps that decides the total
 */
public record Slot(StepRecord step, String label, int lane, double start, double end, boolean cached,
    boolean critical) {
  public int stage() {
    return step.stage();
  }

  public int index() {
    return step.index();
  }

  public String name() {
    return step.name();
  }

  public double duration() {
    return Clock.round(end - start);
  }
}
