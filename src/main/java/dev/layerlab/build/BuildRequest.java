package dev.layerlab.build;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.BuildPlan;
import java.util.Map;
import java.util.Set;

/**
 * One build: the plan, the build context, the {@code --secret} values (read from the host by the
 * caller, never printed), the images FROM can name, and the builder's cache, which outlives the build.
 *
 * @param noCache {@code --no-cache}: every step misses
 * @param noCacheStages {@code --no-cache-filter}: the steps of these stages miss
 */
public record BuildRequest(BuildPlan plan, BuildContext context, Map<String, byte[]> secrets,
    ImageCatalogue catalogue, CacheStore cache, boolean noCache, Set<String> noCacheStages) {
  public BuildRequest {
    secrets = Map.copyOf(secrets);
    noCacheStages = Set.copyOf(noCacheStages);
  }

  /** A build with a fresh, empty cache and no secrets. */
  public static BuildRequest of(BuildPlan plan, BuildContext context) {
    return new BuildRequest(plan, context, Map.of(), ImageCatalogue.standard(), new CacheStore(), false, Set.of());
  }

  public BuildRequest withContext(BuildContext other) {
    return new BuildRequest(plan, other, secrets, catalogue, cache, noCache, noCacheStages);
  }

  public BuildRequest withCache(CacheStore store) {
    return new BuildRequest(plan, context, secrets, catalogue, store, noCache, noCacheStages);
  }
}
