package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Layer;
import dev.layerlab.plan.Builder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The state of one build while it runs: finished stages, the steps so far, the clock and the notes. */
final class BuildSession {
  static final String COMMENT = "buildkit.dockerfile.v0";

  final BuildRequest request;
  final Map<Integer, StageState> finished = new HashMap<>();
  final List<StepRecord> steps = new ArrayList<>();
  final Set<String> warnings = new LinkedHashSet<>();
  final Set<String> notes = new LinkedHashSet<>();
  final Set<String> unmodelled = new LinkedHashSet<>();
  /** Base images already pulled in this build. */
  final Set<String> pulled = new java.util.HashSet<>();
  /** Images named by COPY --from or a mount, laid down once per build. */
  final Map<String, dev.layerlab.fs.SimFs> imageTrees = new HashMap<>();
  double clock;

  BuildSession(BuildRequest request) {
    this.request = request;
  }

  /** What a layer-making step did, for {@link #layerStep}. */
  record Outcome(String createdBy, double seconds, List<String> output) {}

  /** A step body that changes the stage's filesystem and says what it did. */
  interface Body {
    Outcome run();
  }

  /**
   * Runs a step that makes a layer: journal on, body, journal off; the diff becomes a layer and a
   * history row, and the step is recorded with its simulated time.
   */
  void layerStep(StageState stage, Instruction at, String name, Body body) {
    stage.stepIndex++;
    stage.fs.beginStep();
    Outcome outcome;
    try {
      outcome = body.run();
    } catch (BuildException e) {
      stage.fs.endStep();
      record(stage, at, name, e.seconds(), e.output(), Optional.empty(), Optional.of(e.getMessage()));
      throw e;
    }
    LayerDiff diff = stage.fs.endStep();
    boolean legacy = request.plan().options().builder() == Builder.LEGACY;
    if (legacy && diff.isEmpty()) {
      // The legacy builder commits no layer for a step that changed nothing; BuildKit keeps an empty one.
      stage.history.add(new HistoryRow(outcome.createdBy(), true, "", 0));
      record(stage, at, name, outcome.seconds(), outcome.output(), Optional.empty(), Optional.empty());
      return;
    }
    Layer layer = Layer.built(outcome.createdBy(), diff, legacy);
    stage.layers.add(layer);
    stage.history.add(new HistoryRow(outcome.createdBy(), false, legacy ? "" : COMMENT, layer.size()));
    record(stage, at, name, outcome.seconds(), outcome.output(), Optional.of(layer), Optional.empty());
  }

  /** Records a failed step (its error) that ran for no simulated time. */
  void failedStep(StageState stage, Instruction at, String name, String error) {
    record(stage, at, name, 0.0, List.of(), Optional.empty(), Optional.of(error));
  }

  void metadata(StageState stage, String createdBy) {
    stage.history.add(new HistoryRow(createdBy, true, COMMENT, 0));
  }

  void record(StageState stage, Instruction at, String name, double seconds, List<String> output,
      Optional<Layer> layer, Optional<String> error) {
    steps.add(new StepRecord(stage.planned.index(), stage.displayName(), stage.stepIndex, stage.total, name,
        at.node().range().startLine(), Optional.of(false), Optional.of("cold cache: no earlier build of this step"),
        clock, seconds, output, layer, error));
    clock = CostModel.round(clock + seconds);
  }
}
