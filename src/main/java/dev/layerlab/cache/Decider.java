package dev.layerlab.cache;

import java.util.Optional;

/**
 * Decides a step as BuildKit would, and says why it missed: forced off, never built, built on a
 * parent that changed, or the first part of its key that differs from the step's last build.
 */
public final class Decider {
  private Decider() {}

  /**
   * @param noCache the flag that forces a miss ({@code --no-cache}), when one applies
   * @param parentMiss the step of this stage that missed before this one, in this build
   */
  public static CacheDecision decide(CacheKey key, String stepId, CacheStore store, Optional<String> noCache,
      Optional<String> parentMiss) {
    if (noCache.isPresent()) {
      return new CacheDecision.Miss(new MissReason.NoCache(noCache.get()));
    }
    Optional<CacheEntry> hit = store.lookup(key);
    if (hit.isPresent()) {
      return new CacheDecision.Hit(hit.get());
    }
    return new CacheDecision.Miss(reason(key, store.previous(stepId), parentMiss));
  }

  private static MissReason reason(CacheKey key, Optional<CacheEntry> previous, Optional<String> parentMiss) {
    if (previous.isEmpty()) {
      return new MissReason.Cold();
    }
    CacheKey was = previous.get().key();
    if (!was.parent().equals(key.parent())) {
      return parentMiss.<MissReason>map(MissReason.ParentMissed::new)
          .orElseGet(() -> new MissReason.BaseChanged("the stage starts from a different base"));
    }
    return Reasons.between(was.parts(), key.parts()).orElseGet(MissReason.NotInCache::new);
  }
}
