package dev.layerlab.schedule;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.plan.Builder;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a build out on the simulated clock, as the chosen builder would run it.
 *
 * <h2>Which steps, in what order</h2>
 * <ul>
 *   <li><b>BuildKit</b> runs only the stages the target needs (the plan has pruned the rest) and
 *       starts every step as soon as what it waits for has ended: the step before it in its stage; for
 *       a stage's first step, the stage it is {@code FROM} or the pull of its base image (one pull per
 *       distinct image, shared by the stages that start from it); for {@code COPY --from} and
 *       {@code RUN --mount=…,from=}, the end of the stage read, at that step only (see {@link StepGraph}).
 *       So a build takes about as long as its slowest path. {@code --max-parallelism N} lets at most N
 *       steps run at once; waiting steps start lowest stage first, then lowest step.</li>
 *   <li><b>Legacy</b> runs every stage up to the target in file order, one step at a time.</li>
 * </ul>
 *
 * <h2>The cost model</h2>
 * A step's duration comes from {@code dev.layerlab.build.CostModel}, which the build records in
 * {@link StepRecord#duration()}; its figures are round assumptions, not measurements:
 * <ul>
 *   <li>pull ({@code FROM image}): compressed bytes at 50 MB/s plus uncompressed bytes extracted at
 *       20 MB/s (sizes from the base-image catalogue);</li>
 *   <li>{@code COPY}/{@code ADD}: 0.05 s plus the bytes copied at 200 MB/s;</li>
 *   <li>{@code RUN}: 0.2 s to start the container, plus what its programs cost (each tool model
 *       reports its own: downloads, compiles; {@code sleep N} costs exactly N), plus 1 ms per command;</li>
 *   <li>{@code WORKDIR}: 0.0 s, like every metadata instruction (those make no step at all).</li>
 * </ul>
 * Then, here: a cached step takes 0.0 s; otherwise a {@link CostOverride} (from a lesson or
 * {@code --sim 'go build=120s'}) whose pattern the step's name contains sets its duration, the last
 * matching one winning. Internal vertices (loading the Dockerfile, metadata, the context) and the
 * export take 0.0 s. Times are kept to a tenth of a millisecond; nothing reads a wall clock, so the
 * same build and settings give the same timeline, every time.
 *
 * <h2>The critical path</h2>
 * From the step that ends last, back through the predecessor that ended last (ties: the lower stage,
 * then the lower step) to a step that waited for nothing.
 */
public final class Scheduler {
  private Scheduler() {}

  public static Timeline schedule(BuildResult result) {
    return schedule(result, SimSettings.defaults());
  }

  public static Timeline schedule(BuildResult result, SimSettings settings) {
    Builder builder = result.plan().options().builder();
    StepGraph graph = StepGraph.of(result);
    List<StepGraph.Job> jobs = graph.jobs(settings);
    int limit = builder == Builder.LEGACY ? 1 : settings.maxParallelism().orElse(Integer.MAX_VALUE);
    double[][] times = ListScheduler.run(jobs, limit);
    boolean[] critical = CriticalPath.mark(jobs, times);
    List<Lane> lanes = lanes(jobs, times, graph);
    List<Slot> slots = new ArrayList<>();
    List<Slot> path = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      StepRecord s = jobs.get(j).step();
      Slot slot = new Slot(s, s.label(result.namedLabels()), laneOf(lanes, s.stage()), times[j][0], times[j][1],
          s.cached().orElse(false), critical[j]);
      slots.add(slot);
      if (critical[j]) {
        path.add(slot);
      }
    }
    path.sort(java.util.Comparator.comparingDouble(Slot::start).thenComparingDouble(Slot::end));
    double total = slots.stream().mapToDouble(Slot::end).max().orElse(0);
    return new Timeline(builder, builder == Builder.LEGACY ? java.util.Optional.of(1) : settings.maxParallelism(),
        slots, lanes, total, path);
  }

  private static List<Lane> lanes(List<StepGraph.Job> jobs, double[][] times, StepGraph graph) {
    List<Lane> lanes = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      StepRecord s = jobs.get(j).step();
      int last = lanes.size() - 1;
      if (last >= 0 && lanes.get(last).stage() == s.stage()) {
        Lane l = lanes.get(last);
        lanes.set(last, new Lane(l.stage(), l.name(), l.lane(), l.ready(), l.start(), Math.max(l.end(), times[j][1])));
      } else {
        double ready = graph.entry(s.stage()).stream().mapToDouble(p -> times[p][1]).max().orElse(0);
        lanes.add(new Lane(s.stage(), s.stageName(), lanes.size(), Math.min(ready, times[j][0]), times[j][0],
            times[j][1]));
      }
    }
    return lanes;
  }

  private static int laneOf(List<Lane> lanes, int stage) {
    return lanes.stream().filter(l -> l.stage() == stage).findFirst().map(Lane::lane).orElseThrow();
  }
}
