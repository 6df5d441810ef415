package dev.layerlab.cache;

/** What the cache said about one step: a hit with the entry to reuse, or a miss with its reason. */
public sealed interface CacheDecision {
  record Hit(CacheEntry entry) implements CacheDecision {}

  record Miss(MissReason reason) implements CacheDecision {}
}
