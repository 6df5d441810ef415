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
  /** Everything a build needs, read and planned but not built; or the diagnostic of a bad Dockerfile. */
  record Prepared(DockerfileInput input, Optional<Diagnostic> diagnostic, BuildRequest request,
      Optional<String> cacheWarning) {}

  static Prepared prepare(BuildOptions o, Builder builder) throws UserError {
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
      return new Prepared(input, Optional.of(e.diagnostic()), null, Optional.empty());
    } catch (PlanException e) {
      return new Prepared(input, Optional.of(e.diagnostic()), null, Optional.empty());
    }
    BuildContext context = readContext(o.context);
    CacheDir.Loaded cache = o.cacheDir == null ? new CacheDir.Loaded(new CacheStore(), Optional.empty())
        : CacheDir.load(o.cacheDir);
    BuildRequest request = new BuildRequest(plan, context, BuildInputs.secrets(o), ImageCatalogue.standard(),
        cache.store(), o.noCache, Set.copyOf(o.noCacheFilter));
    return new Prepared(input, Optional.empty(), request, cache.warning());
  }

  static Prepared prepare(BuildOptions o) throws UserError {
    return prepare(o, BuildInputs.builder(o));
  }

  static Outcome run(BuildOptions o, Builder builder) throws UserError {
    Prepared p = prepare(o, builder);
    if (p.diagnostic().isPresent()) {
      return new Outcome(p.input(), Optional.empty(), p.diagnostic(), 0, 0, builder.id());
    }
    BuildRequest request = p.request();
    BuildResult result = BuildEngine.build(request);
    if (result.image().isPresent()) {
      o.tags.forEach(t -> request.cache().tag(t, result.image().get()));
    }
    save(o, request.cache());
    BuildResult shown = p.cacheWarning().map(w -> result.withWarning(w)).orElse(result);
    return new Outcome(p.input(), Optional.of(shown), Optional.empty(),
        size(o.context.resolve(".dockerignore")), request.context().entries().stream().mapToLong(e -> e.size()).sum(),
        builder.id());
  }

  private static void save(BuildOptions o, CacheStore store) throws UserError {
    if (o.cacheDir == null) {
      return;
    }
    try {
      CacheDir.merge(o.cacheDir, store);
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
