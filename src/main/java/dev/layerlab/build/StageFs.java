package dev.layerlab.build;

import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A stage's filesystem, laid down only when a step has to run on it. A stage whose steps all come from
 * the cache never needs its files: its layers are known, so laying down the base image and every cached
 * layer would cost the size of the image for nothing. Until then it is a recipe: where it starts and
 * the layer diffs to apply, in order.
 */
final class StageFs {
  private final Supplier<SimFs> start;
  private final List<LayerDiff> pending = new ArrayList<>();
  private Optional<SimFs> laid = Optional.empty();

  private StageFs(Supplier<SimFs> start) {
    this.start = start;
  }

  /** A filesystem that starts as {@code start} gives it, once asked for. */
  static StageFs lazy(Supplier<SimFs> start) {
    return new StageFs(start);
  }

  /** The filesystem, laid down now if it was not yet. */
  SimFs get() {
    if (laid.isEmpty()) {
      SimFs fs = start.get();
      pending.forEach(fs::apply);
      pending.clear();
      laid = Optional.of(fs);
    }
    return laid.get();
  }

  /** A cached layer on top: applied now if the files are there, else when they are needed. */
  void apply(LayerDiff diff) {
    laid.ifPresentOrElse(fs -> fs.apply(diff), () -> pending.add(diff));
  }

  /**
   * An independent copy for a stage built FROM this one, made when that stage first needs its files
   * (a target that only adds CMD never does). This stage is finished by then and only read, so a copy
   * made later has the same files.
   */
  StageFs copy() {
    if (laid.isPresent()) {
      SimFs finished = laid.get();
      return lazy(finished::copy);
    }
    StageFs c = new StageFs(start);
    c.pending.addAll(pending);
    return c;
  }
}
