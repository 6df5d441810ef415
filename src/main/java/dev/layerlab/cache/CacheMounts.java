package dev.layerlab.cache;

import dev.layerlab.fs.DiffEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code RUN --mount=type=cache} directories hold between steps and builds, by cache id. Their
 * contents never enter a layer or a cache key.
 */
public final class CacheMounts {
  private final Map<String, List<DiffEntry>> byId = new HashMap<>();

  /** The saved entries, paths relative to the mount target. */
  public List<DiffEntry> contents(String id) {
    return byId.getOrDefault(id, List.of());
  }

  public void save(String id, List<DiffEntry> entries) {
    byId.put(id, List.copyOf(entries));
  }

  public long size(String id) {
    return contents(id).stream().mapToLong(DiffEntry::size).sum();
  }

  public void clear() {
    byId.clear();
  }

  public java.util.Set<String> ids() {
    return java.util.Set.copyOf(byId.keySet());
  }
}
