package dev.layerlab.schedule;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.plan.BuildPlan;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlannedStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of a build as jobs with what each waits for: the step before it in its stage; for a
 * stage's first step, the stage it is {@code FROM} or the pull of its image (one pull per image,
 * shared by every stage that starts from it); for a {@code COPY --from} or {@code --mount from}
 * step, the end of the stages it reads. The legacy builder adds one more edge: each step waits for
 * the step before it in file order.
 */
final class StepGraph {
  /** A step, how long it takes, and the indexes of the jobs it waits for. */
  record Job(StepRecord step, double duration, Set<Integer> preds) {}

  private final BuildResult result;
  private final List<StepRecord> steps;
  private final Map<Integer, List<Integer>> byStage = new HashMap<>();
  private final Map<String, Integer> pulls = new HashMap<>();

  private StepGraph(BuildResult result) {
    this.result = result;
    this.steps = result.steps();
    for (int j = 0; j < steps.size(); j++) {
      StepRecord s = steps.get(j);
      byStage.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(j);
      if (isPull(s)) {
        pulls.putIfAbsent(result.plan().stage(s.stage()).baseName(), j);
      }
    }
  }

  static StepGraph of(BuildResult result) {
    return new StepGraph(result);
  }

  List<Job> jobs(SimSettings settings) {
    StepGraph g = this;
    boolean legacy = result.plan().options().builder() == Builder.LEGACY;
    List<Job> jobs = new ArrayList<>();
    for (int j = 0; j < g.steps.size(); j++) {
      StepRecord s = g.steps.get(j);
      Set<Integer> preds = g.preds(j);
      if (legacy && j > 0) {
        preds.add(j - 1);
      }
      jobs.add(new Job(s, duration(s, settings), preds));
    }
    return jobs;
  }

  /** A cache hit takes no time, whatever it would have cost; otherwise an override, else the cost model. */
  private static double duration(StepRecord s, SimSettings settings) {
    return s.cached().orElse(false) ? 0.0 : Clock.round(settings.duration(s.name(), s.duration()));
  }

  private Set<Integer> preds(int job) {
    StepRecord s = steps.get(job);
    List<Integer> own = byStage.get(s.stage());
    int k = own.indexOf(job);
    Set<Integer> preds = new TreeSet<>();
    if (k > 0) {
      preds.add(own.get(k - 1));
    } else if (!isPull(s)) {
      preds.addAll(entry(s.stage()));
    }
    reads(s).forEach(stage -> preds.addAll(done(stage)));
    return preds;
  }

  /** What a stage's first step waits for: its base stage's end, or the pull of its image by another stage. */
  Set<Integer> entry(int stage) {
    PlannedStage p = result.plan().stage(stage);
    if (p.base().isStage()) {
      return done(p.base().stage().getAsInt());
    }
    Integer pull = pulls.get(p.baseName());
    return p.fromScratch() || pull == null || steps.get(pull).stage() == stage ? Set.of() : Set.of(pull);
  }

  /** The jobs whose end is a stage's end: its last step, or for a stage without steps what it started from. */
  private Set<Integer> done(int stage) {
    List<Integer> own = byStage.get(stage);
    return own == null ? entry(stage) : Set.of(own.get(own.size() - 1));
  }

  private Set<Integer> reads(StepRecord s) {
    BuildPlan plan = result.plan();
    for (Instruction i : plan.stage(s.stage()).stage().instructions()) {
      if (i.node().range().startLine() == s.line()) {
        return plan.stagesReadBy(s.stage(), i);
      }
    }
    return Set.of();
  }

  private static boolean isPull(StepRecord s) {
    return s.cached().isEmpty() && s.name().startsWith("FROM ");
  }
}
