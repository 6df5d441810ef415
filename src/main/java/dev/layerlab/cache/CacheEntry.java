package dev.layerlab.cache;

import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Optional;

/**
 * What the cache keeps for a step that ran: its key, the layer it made (empty for a step that makes
 * none), what it printed and how long it took, and which step it was ({@code stepId}, the stage and
 * position) so a later miss can be compared with it.
 */
public record CacheEntry(CacheKey key, String stepId, String label, Optional<Layer> layer, List<String> output,
    double seconds) {
  public CacheEntry {
    output = List.copyOf(output);
  }
}
