package dev.layerlab.build;

import dev.layerlab.cache.CacheDecision;
import dev.layerlab.cache.CacheEntry;
import dev.layerlab.cache.CacheKey;
import dev.layerlab.cache.CopyMemo;
import dev.layerlab.cache.Decider;
import dev.layerlab.cache.KeyPart;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.fs.FsException;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.image.BaseImage;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Layer;
import dev.layerlab.image.Resolution;
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
  /** The legacy builder numbers steps across all stages ({@code Step 7/12}): the last number used. */
  int legacyIndex;
  double clock;

  BuildSession(BuildRequest request) {
    this.request = request;
  }

  /**
   * What a layer-making step did.
   *
   * @param notes what the build should note about it (e.g. an archive extracted)
   */
  record Outcome(String createdBy, double seconds, List<String> output, List<String> notes) {
    Outcome(String createdBy, double seconds, List<String> output) {
      this(createdBy, seconds, output, List.of());
    }
  }

  /** A step body that changes the stage's filesystem and says what it did. */
  interface Body {
    Outcome run();
  }

  /** The catalogued image a name resolves to, noting a nearest tag or an unknown image once per build. */
  BaseImage image(String name) {
    Resolution r = request.catalogue().resolve(name);
    r.note().ifPresent(notes::add);
    r.warning().ifPresent(warnings::add);
    return r.image();
  }

  boolean legacy() {
    return request.plan().options().builder() == Builder.LEGACY;
  }

  /**
   * A step whose key is known before it runs (RUN, WORKDIR): on a hit the cached layer is laid down
   * instead of running it, as BuildKit does (so a changed secret or cache mount changes nothing).
   */
  void keyedStep(StageState stage, Instruction at, String name, List<KeyPart> parts, Body body) {
    stage.stepIndex++;
    CacheKey key = CacheKey.of(stage.lastKey, parts);
    CacheDecision decision = decide(stage, key);
    if (decision instanceof CacheDecision.Hit hit) {
      reuse(stage, at, name, hit.entry(), key);
      return;
    }
    String reason = ((CacheDecision.Miss) decision).reason().text();
    Ran ran = execute(stage, at, name, body, Optional.of(reason));
    commit(stage, at, name, key, ran, reason);
  }

  /**
   * A step whose key depends on what it copies (COPY, ADD): it runs, then the cache decides. A hit
   * then is the same layer the cache holds, since the same inputs give the same files. A copy already
   * made from exactly these {@code inputs} is taken as it was instead of copying again.
   */
  void copyStep(StageState stage, Instruction at, String name, List<KeyPart> parts, String inputs, Body body,
      java.util.function.Function<Layer, List<KeyPart>> copied) {
    stage.stepIndex++;
    Made made = request.cache().copyMade(inputs).map(m -> madeBefore(stage, m))
        .orElseGet(() -> copyNow(stage, at, name, inputs, body, copied));
    Ran ran = made.ran();
    List<KeyPart> all = new ArrayList<>(parts);
    all.addAll(made.copied());
    CacheKey key = CacheKey.of(stage.lastKey, all);
    CacheDecision decision = decide(stage, key);
    if (decision instanceof CacheDecision.Hit hit) {
      stage.layers.add(ran.layer());
      stage.history.add(historyRow(ran.outcome().createdBy(), ran.layer()));
      request.cache().touched(hit.entry(), stepId(stage));
      stage.lastKey = key.digest();
      record(stage, at, name, 0.0, List.of(), Optional.of(ran.layer()), Optional.empty(), Optional.of(true), Optional.empty());
      return;
    }
    commitLayer(stage, ran.layer(), ran.outcome().createdBy());
    finish(stage, at, name, key, ran, ((CacheDecision.Miss) decision).reason().text());
  }

  /** A copy's result and the key parts of the files it copied. */
  private record Made(Ran ran, List<KeyPart> copied) {}

  private Made madeBefore(StageState stage, CopyMemo memo) {
    stage.applyCached(memo.layer().diff());
    notes.addAll(memo.notes());
    return new Made(new Ran(new Outcome(memo.createdBy(), memo.seconds(), List.of()), memo.layer()), memo.copied());
  }

  private Made copyNow(StageState stage, Instruction at, String name, String inputs, Body body,
      java.util.function.Function<Layer, List<KeyPart>> copied) {
    Ran ran = execute(stage, at, name, body, Optional.empty());
    List<KeyPart> parts = copied.apply(ran.layer());
    Outcome o = ran.outcome();
    request.cache().rememberCopy(inputs, new CopyMemo(ran.layer(), o.createdBy(), o.seconds(), o.notes(), parts));
    return new Made(ran, parts);
  }

  /** The key of the step about to be recorded and its last build's, kept for {@code explain}. */
  private StepRecord.KeyInfo pendingKey;

  private CacheDecision decide(StageState stage, CacheKey key) {
    pendingKey = new StepRecord.KeyInfo(key, request.cache().previous(stepId(stage)).map(CacheEntry::key));
    Optional<String> forced = request.noCache() ? Optional.of("--no-cache")
        : request.noCacheStages().contains(stage.displayName()) ? Optional.of("--no-cache-filter " + stage.displayName())
        : Optional.empty();
    return Decider.decide(key, stepId(stage), request.cache(), forced, stage.lastMiss);
  }

  private void reuse(StageState stage, Instruction at, String name, CacheEntry entry, CacheKey key) {
    Optional<Layer> layer = entry.layer();
    layer.ifPresent(l -> {
      stage.applyCached(l.diff());
      stage.layers.add(l);
    });
    stage.history.add(layer.map(l -> historyRow(l.createdBy(), l)).orElse(new HistoryRow(entry.label(), true, "", 0)));
    request.cache().touched(entry, stepId(stage));
    stage.lastKey = key.digest();
    record(stage, at, name, 0.0, List.of(), layer, Optional.empty(), Optional.of(true), Optional.empty());
  }

  private record Ran(Outcome outcome, Layer layer) {}

  private Ran execute(StageState stage, Instruction at, String name, Body body, Optional<String> reason) {
    stage.fs().beginStep();
    Outcome outcome;
    try {
      outcome = body.run();
    } catch (BuildException e) {
      stage.fs().endStep();
      record(stage, at, name, e.seconds(), e.output(), Optional.empty(), Optional.of(e.getMessage()),
          Optional.of(false), reason);
      throw e;
    } catch (FsException e) {
      stage.fs().endStep();
      throw new BuildException(e.getMessage(), at.node().range());
    }
    LayerDiff diff = stage.fs().endStep();
    notes.addAll(outcome.notes());
    return new Ran(outcome, Layer.built(outcome.createdBy(), diff, legacy()));
  }

  private void commit(StageState stage, Instruction at, String name, CacheKey key, Ran ran, String reason) {
    commitLayer(stage, ran.layer(), ran.outcome().createdBy());
    finish(stage, at, name, key, ran, reason);
  }

  /** The legacy builder commits no layer for a step that changed nothing; BuildKit keeps an empty one. */
  private void commitLayer(StageState stage, Layer layer, String createdBy) {
    if (legacy() && layer.diff().isEmpty()) {
      stage.history.add(new HistoryRow(createdBy, true, "", 0));
      return;
    }
    stage.layers.add(layer);
    stage.history.add(historyRow(createdBy, layer));
  }

  private void finish(StageState stage, Instruction at, String name, CacheKey key, Ran ran, String reason) {
    boolean kept = !(legacy() && ran.layer().diff().isEmpty());
    Optional<Layer> layer = kept ? Optional.of(ran.layer()) : Optional.empty();
    String label = stage.displayName() + " " + stage.stepIndex + "/" + stage.total + " " + name;
    request.cache().put(new CacheEntry(key, stepId(stage), label, layer, ran.outcome().output(), ran.outcome().seconds()));
    stage.lastKey = key.digest();
    stage.lastMiss = Optional.of(legacy() ? "Step " + stage.stepIndex + "/" + stage.total + " : " + name
        : labelOf(stage) + " " + name);
    record(stage, at, name, ran.outcome().seconds(), ran.outcome().output(), layer, Optional.empty(),
        Optional.of(false), Optional.of(reason));
  }

  private HistoryRow historyRow(String createdBy, Layer layer) {
    return new HistoryRow(createdBy, false, legacy() ? "" : COMMENT, layer.size());
  }

  /** The step's identity across builds: its stage and its position there. */
  static String stepId(StageState stage) {
    return stage.displayName() + "#" + stage.stepIndex;
  }

  private String labelOf(StageState stage) {
    int width = String.valueOf(stage.total).length();
    String counter = String.format("%" + width + "d/%d", stage.stepIndex, stage.total);
    return "[" + (StepLabels.named(request.plan()) ? stage.displayName() + " " : "") + counter + "]";
  }

  /**
   * A metadata instruction's history row. BuildKit makes no step of it; the legacy builder makes every
   * instruction a step keyed on the image before it, so a changed LABEL misses, and so does all after.
   */
  void metadata(StageState stage, Instruction at, String createdBy) {
    if (!legacy()) {
      stage.history.add(new HistoryRow(createdBy, true, COMMENT, 0));
      return;
    }
    String text = stage.legacyNop() + "  " + createdBy;
    stage.history.add(new HistoryRow(text, true, "", 0));
    stage.stepIndex++;
    String name = at.node().original().strip();
    CacheKey key = CacheKey.of(stage.lastKey, List.of(KeyPart.of("instruction", text)));
    CacheDecision decision = decide(stage, key);
    stage.lastKey = key.digest();
    if (decision instanceof CacheDecision.Hit hit) {
      request.cache().touched(hit.entry(), stepId(stage));
      record(stage, at, name, 0.0, List.of(), Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty());
      return;
    }
    request.cache().put(new CacheEntry(key, stepId(stage), name, Optional.empty(), List.of(), 0.0));
    stage.lastMiss = Optional.of("Step " + stage.stepIndex + "/" + stage.total + " : " + name);
    record(stage, at, name, 0.0, List.of(), Optional.empty(), Optional.empty(), Optional.of(false),
        Optional.of(((CacheDecision.Miss) decision).reason().text()));
  }

  void record(StageState stage, Instruction at, String name, double seconds, List<String> output,
      Optional<Layer> layer, Optional<String> error, Optional<Boolean> cached, Optional<String> reason) {
    steps.add(new StepRecord(stage.planned.index(), stage.displayName(), stage.stepIndex, stage.total, name,
        at.node().range().startLine(), cached, reason, clock, seconds, output, layer, error,
        Optional.ofNullable(pendingKey)));
    pendingKey = null;
    clock = CostModel.round(clock + seconds);
  }
}
