package dev.layerlab.analysis;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds for the analysis tests: a Dockerfile, files, build args and secrets, on a fresh cache. */
final class Builds {
  private Builds() {}

  static BuildRequest request(String dockerfile, BuildContext context, Map<String, String> args,
      Map<String, byte[]> secrets) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), args, Builder.BUILDKIT));
    return new BuildRequest(plan, context, secrets, ImageCatalogue.standard(), new CacheStore(), false, Set.of());
  }

  static BuildRequest request(String dockerfile, Map<String, String> files) {
    return request(dockerfile, BuildContext.inMemory(files), Map.of(), Map.of());
  }

  static BuildResult build(BuildRequest r) {
    return BuildEngine.build(r);
  }

  /** A sample app of the tool models' fixtures (src/test/resources/apps). */
  static BuildContext app(String name) {
    try {
      return BuildContext.read(Path.of("src/test/resources/apps", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
