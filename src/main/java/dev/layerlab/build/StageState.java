package dev.layerlab.build;

import dev.layerlab.fs.SimFs;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.ImageConfig;
import dev.layerlab.image.Layer;
import dev.layerlab.plan.PlannedStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage while it is built: its filesystem (laid down only when a step runs on it), config, layers and history, and the build environment
 * (ENV and ARG values) that expansion and RUN read. Stages built FROM this one start from a copy.
 */
final class StageState {
  /** The PATH BuildKit gives RUN when the image sets none. */
  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  final PlannedStage planned;
  private final StageFs fs;
  ImageConfig config;
  final List<Layer> layers = new ArrayList<>();
  final List<HistoryRow> history = new ArrayList<>();
  /** ENV values and ARG values with a value, in order: what expansion and RUN see. */
  final Map<String, String> buildEnv = new LinkedHashMap<>();
  /** ARGs declared in this stage (or inherited), in first-declaration order, valued or not. */
  final Map<String, Optional<String>> args = new LinkedHashMap<>();
  boolean cmdSetInStage;
  /** The cache key of the last step, which the next step's key builds on. */
  String lastKey = "";
  /** The last step of this stage (or its base stages) that missed the cache in this build. */
  Optional<String> lastMiss = Optional.empty();
  int stepIndex;
  int total;

  StageState(PlannedStage planned, StageFs fs, ImageConfig config) {
    this.planned = planned;
    this.fs = fs;
    this.config = config;
    for (String kv : config.env()) {
      int eq = kv.indexOf('=');
      buildEnv.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
    }
  }

  /**
   * A new stage built FROM this one: a copy of everything, the filesystem included, unless {@code
   * lastReader} (no other stage reads this one, which is finished): then the child takes the files.
   */
  StageState derive(PlannedStage child, boolean lastReader) {
    StageState s = new StageState(child, lastReader ? fs : fs.copy(), config);
    s.layers.addAll(layers);
    s.history.addAll(history);
    s.buildEnv.clear();
    s.buildEnv.putAll(buildEnv);
    s.args.putAll(args);
    s.lastKey = lastKey;
    s.lastMiss = lastMiss;
    return s;
  }

  /** The stage's files, laid down now if no step needed them before. */
  SimFs fs() {
    return fs.get();
  }

  /** A layer from the cache on top of the stage's files (laid down when they are needed). */
  void applyCached(dev.layerlab.fs.LayerDiff diff) {
    fs.apply(diff);
  }

  /** The environment a RUN gets: the build environment, with BuildKit's default PATH when unset. */
  Map<String, String> runEnv() {
    Map<String, String> env = new LinkedHashMap<>(buildEnv);
    env.putIfAbsent("PATH", DEFAULT_PATH);
    return env;
  }

  String workdir() {
    return config.workingDir().isEmpty() ? "/" : config.workingDir();
  }

  /**
   * The legacy builder's prefix of a history row that runs nothing: the stage's current shell then
   * {@code #(nop)} (recorded: {@code /bin/sh -ec #(nop)  CMD …} after {@code SHELL ["/bin/sh", "-ec"]}).
   */
  String legacyNop() {
    return String.join(" ", config.effectiveShell()) + " #(nop)";
  }

  String user() {
    return config.user().isEmpty() ? "root" : config.user();
  }

  String displayName() {
    return planned.displayName();
  }
}
