package dev.layerlab.cli;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.cache.CacheDir;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Diagnostic;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.BuildPlan;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanException;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Reads a Dockerfile and its context from the host, plans and builds: what build, history and inspect share. */
final class BuildRunner {
  private BuildRunner() {}

  /** A build that ran (successfully or not), or a Dockerfile that could not be planned. */
  record Outcome(DockerfileInput input, Optional<BuildResult> result, Optional<Diagnostic> diagnostic,
      long dockerignoreBytes, long contextBytes, String builder) {}

  static Outcome run(BuildOptions o) throws UserError {
    return run(o, BuildInputs.builder(o));
  }

  /** The same build with the given builder, whatever {@code --builder} says (for a comparison). */
  static Outcome run(BuildOptions o, Builder builder) throws UserError {
    if (!Files.isDirectory(o.context)) {
      throw new UserError("unable to prepare context: path \"" + o.context + "\" not found");
    }
    BuildInputs.checkProgress(o);
    DockerfileInput input = DockerfileInput.read(o.dockerfile());
    BuildPlan plan;
    try {
      PlanOptions options = new PlanOptions(Optional.ofNullable(o.target), BuildInputs.buildArgs(o), builder);
      plan = Planner.plan(Dockerfile.parse(input.text()), options);
    } catch (DockerfileException e) {
      return new Outcome(input, Optional.empty(), Optional.of(e.diagnostic()), 0, 0, builder.id());
    } catch (PlanException e) {
      return new Outcome(input, Optional.empty(), Optional.of(e.diagnostic()), 0, 0, builder.id());
    }
    BuildContext context = readContext(o.context);
    CacheDir.Loaded cache = o.cacheDir == null ? new CacheDir.Loaded(new CacheStore(), Optional.empty())
        : CacheDir.load(o.cacheDir);
    BuildRequest request = new BuildRequest(plan, context, BuildInputs.secrets(o), ImageCatalogue.standard(),
        cache.store(), o.noCache, Set.copyOf(o.noCacheFilter));
    BuildResult result = BuildEngine.build(request);
    if (result.image().isPresent()) {
      o.tags.forEach(t -> cache.store().tag(t, result.image().get()));
    }
    save(o, cache.store());
    BuildResult shown = cache.warning().map(w -> result.withWarning(w)).orElse(result);
    return new Outcome(input, Optional.of(shown), Optional.empty(),
        size(o.context.resolve(".dockerignore")), context.entries().stream().mapToLong(e -> e.size()).sum(),
        plan.options().builder().id());
  }

  private static void save(BuildOptions o, CacheStore store) throws UserError {
    if (o.cacheDir == null) {
      return;
    }
    try {
      CacheDir.save(o.cacheDir, store);
    } catch (java.io.IOException e) {
      throw new UserError("could not save the build cache in " + o.cacheDir + ": " + e.getMessage());
    }
  }

  private static BuildContext readContext(Path dir) throws UserError {
    try {
      return BuildContext.read(dir);
    } catch (IOException e) {
      throw new UserError("unable to read the build context " + dir + ": " + e.getMessage());
    }
  }

  private static long size(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
