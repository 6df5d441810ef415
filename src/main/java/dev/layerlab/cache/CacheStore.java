package dev.layerlab.cache;

import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build cache of one builder: entries by key, the last entry of every step (to explain the next
 * miss), the contents of cache mounts, and the images built with a tag. In memory; {@link CacheDir}
 * keeps it on disk between runs.
 */
public final class CacheStore {
  private final Map<String, CacheEntry> byKey = new LinkedHashMap<>();
  private final Map<String, CacheEntry> lastByStep = new HashMap<>();
  private final Map<String, Image> images = new LinkedHashMap<>();
  private final CacheMounts mounts = new CacheMounts();
  /** The last copies made, by what decides them; only the most recent are kept, it only saves time. */
  private final Map<String, CopyMemo> copies = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CopyMemo> eldest) {
      return size() > MEMO_LIMIT;
    }
  };
  private static final int MEMO_LIMIT = 256;

  /** An independent copy: {@code whatif} builds against it and leaves this store as it was. */
  public CacheStore copy() {
    CacheStore c = new CacheStore();
    c.byKey.putAll(byKey);
    c.lastByStep.putAll(lastByStep);
    c.images.putAll(images);
    mounts.ids().forEach(id -> c.mounts.save(id, mounts.contents(id)));
    c.copies.putAll(copies);
    return c;
  }

  /** A COPY or ADD already made with exactly these inputs (see {@link CopyMemo}). */
  public Optional<CopyMemo> copyMade(String inputs) {
    return Optional.ofNullable(copies.get(inputs));
  }

  public void rememberCopy(String inputs, CopyMemo memo) {
    copies.put(inputs, memo);
  }

  public Optional<CacheEntry> lookup(CacheKey key) {
    return Optional.ofNullable(byKey.get(key.digest()));
  }

  /** The entry this step (same stage, same position) stored last, hit or miss. */
  public Optional<CacheEntry> previous(String stepId) {
    return Optional.ofNullable(lastByStep.get(stepId));
  }

  public void put(CacheEntry entry) {
    byKey.put(entry.key().digest(), entry);
    lastByStep.put(entry.stepId(), entry);
  }

  /** Remembers that this step last resolved to this entry, without storing anything new. */
  public void touched(CacheEntry entry, String stepId) {
    lastByStep.put(stepId, entry);
  }

  public List<CacheEntry> entries() {
    return new ArrayList<>(byKey.values());
  }

  Map<String, CacheEntry> lastByStep() {
    return lastByStep;
  }

  public CacheMounts mounts() {
    return mounts;
  }

  public void tag(String name, Image image) {
    images.put(name, image);
  }

  public Optional<Image> image(String name) {
    return Optional.ofNullable(images.get(name));
  }

  public Map<String, Image> images() {
    return Map.copyOf(images);
  }

  /**
   * Takes in what another store holds and this one does not: its entries, its last entry of a step
   * this one never ran, its cache mounts and tagged images of other names. Where both have something,
   * this store's wins, being the newer. Two builds sharing a cache directory thus keep each other's
   * work.
   */
  public void absorb(CacheStore other) {
    other.byKey.forEach(byKey::putIfAbsent);
    other.lastByStep.forEach(lastByStep::putIfAbsent);
    other.images.forEach(images::putIfAbsent);
    other.mounts.ids().stream().filter(id -> !mounts.ids().contains(id))
        .forEach(id -> mounts.save(id, other.mounts.contents(id)));
  }

  /** Bytes the cached layers hold, as {@code docker builder du} counts them. */
  public long size() {
    return byKey.values().stream().flatMap(e -> e.layer().stream()).mapToLong(Layer::size).sum();
  }

  /** Drops every cache entry and cache mount (tagged images stay); returns how many entries went. */
  public int prune() {
    int n = byKey.size();
    byKey.clear();
    lastByStep.clear();
    mounts.clear();
    return n;
  }
}
