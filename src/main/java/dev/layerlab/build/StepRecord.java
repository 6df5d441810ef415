package dev.layerlab.build;

import dev.layerlab.cache.CacheKey;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Optional;

/**
 * One step as the builder prints it, and what it did.
 *
 * @param stage the stage's index; {@code stageName} its label ({@code build}, {@code stage-1})
 * @param index the step's number within its stage, counted as BuildKit counts ({@code [build 3/5]})
 * @param name the instruction as the progress output shows it, variables expanded
 * @param cached empty for FROM (BuildKit never says), else whether the cache answered
 * @param reason why it missed, in words; empty for a hit or FROM
 * @param start simulated seconds since the build began; {@code duration} likewise
 * @param output the lines the step printed
 * @param layer the layer it made, if it made one
 * @param error what failed, if this step failed
 * @param cache the step's cache key, and the key the same step had in the build before, when there was one
 */
public record StepRecord(int stage, String stageName, int index, int total, String name, int line,
    Optional<Boolean> cached, Optional<String> reason, double start, double duration, List<String> output,
    Optional<Layer> layer, Optional<String> error, Optional<KeyInfo> cache) {
  public StepRecord {
    output = List.copyOf(output);
  }

  /** What {@code explain} shows: this step's key and the key it is compared with. */
  public record KeyInfo(CacheKey key, Optional<CacheKey> previous) {}

  StepRecord withCache(KeyInfo info) {
    return new StepRecord(stage, stageName, index, total, name, line, cached, reason, start, duration, output, layer,
        error, Optional.of(info));
  }

  /** The label BuildKit prints: {@code [build 3/5]}, or {@code [3/5]} in a plain one-stage build. */
  public String label(boolean withStageName) {
    int width = String.valueOf(total).length();
    String counter = String.format("%" + width + "d/%d", index, total);
    return "[" + (withStageName ? stageName + " " : "") + counter + "]";
  }
}
