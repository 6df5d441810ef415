package dev.layerlab.analysis.advice;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildFailure;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextChanges;
import dev.layerlab.build.context.ContextEntry;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.Image;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a Dockerfile text as the user's request would, on a fresh cache, and measures the results. */
final class Simulation {
  private static final Set<String> NOT_SOURCE = Set.of("package.json", "package-lock.json", "yarn.lock",
      "pnpm-lock.yaml", "requirements.txt", "go.mod", "go.sum", "pom.xml", "Cargo.toml", "Cargo.lock", "Dockerfile",
      ".dockerignore", "Gemfile", "Gemfile.lock");

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("\\.(js|jsx|ts|tsx|py|go|java|kt|rs|rb|php|c|cc|cpp|h|cs|html|css)$");

  private Simulation() {}

  static BuildRequest request(BuildRequest like, String text) {
    var plan = Planner.plan(Dockerfile.parse(text), like.plan().options());
    return new BuildRequest(plan, like.context(), like.secrets(), like.catalogue(), new CacheStore(), false, Set.of());
  }

  static BuildResult build(BuildRequest like, String text) {
    return BuildEngine.build(request(like, text));
  }

  /**
   * The build as the fixed Dockerfile would be run: each build arg named in {@code secrets} is passed as
   * the secret it maps to, with the same value (the arg's value given, else the ARG's default).
   */
  static BuildRequest request(BuildRequest like, String text, Map<String, String> secrets) {
    if (secrets.isEmpty()) {
      return request(like, text);
    }
    PlanOptions o = like.plan().options();
    Map<String, String> args = new LinkedHashMap<>(o.buildArgs());
    Map<String, byte[]> given = new LinkedHashMap<>(like.secrets());
    secrets.forEach((arg, id) -> ArgValues.of(like, arg).ifPresent(v -> given.put(id, v.getBytes(StandardCharsets.UTF_8))));
    args.keySet().removeAll(secrets.keySet());
    var plan = Planner.plan(Dockerfile.parse(text), new PlanOptions(o.target(), args, o.builder()));
    return new BuildRequest(plan, like.context(), given, like.catalogue(), new CacheStore(), false, Set.of());
  }

  static Measurement measure(BuildRequest like, String before, String after, Impact impact) {
    return measure(like, before, after, impact, Map.of());
  }

  static Measurement measure(BuildRequest like, String before, String after, Impact impact, Map<String, String> secrets) {
    BuildRequest b = request(like, before);
    BuildRequest a;
    try {
      a = request(like, after, secrets);
    } catch (RuntimeException e) {
      return failed(BuildEngine.build(b), "the fixed Dockerfile does not parse: " + e.getMessage());
    }
    BuildResult rb = BuildEngine.build(b);
    BuildResult ra = BuildEngine.build(a);
    if (ra.image().isEmpty()) {
      return failed(rb, ra.error().map(BuildFailure::message).orElse("the fixed build failed"));
    }
    Image ib = rb.image().orElseThrow();
    Image ia = ra.image().get();
    double tb = 0;
    double ta = 0;
    Optional<String> edited = Optional.empty();
    if (impact == Impact.REBUILD) {
      edited = sourceFile(like.context());
      if (edited.isPresent()) {
        tb = rebuildSeconds(b, edited.get());
        ta = rebuildSeconds(a, edited.get());
      }
    }
    Measurement m = new Measurement(ib.size(), ia.size(), ib.layers().size(), ia.layers().size(), tb, ta, edited,
        command(ib), command(ia), Optional.empty());
    return impact == Impact.SECRETS ? m.withExposure(Exposure.places(b, rb, secrets.keySet()),
        Exposure.places(a, ra, Set.copyOf(secrets.values()))) : m;
  }

  private static Measurement failed(BuildResult before, String error) {
    Image ib = before.image().orElseThrow();
    return new Measurement(ib.size(), ib.size(), ib.layers().size(), ib.layers().size(), 0, 0, Optional.empty(),
        command(ib), command(ib), Optional.of(error));
  }

  static List<String> command(Image i) {
    List<String> argv = new ArrayList<>(i.config().entrypoint());
    argv.addAll(i.config().cmd());
    return argv;
  }

  /** The build's cache was filled by the first build; a second one after the edit is timed. */
  static double rebuildSeconds(BuildRequest built, String file) {
    BuildContext edited = ContextChanges.apply(built.context(), List.of(file));
    BuildResult again = BuildEngine.build(built.withContext(edited));
    // FROM is left out: the base image is local after the first build, a rebuild does not pull it.
    return again.steps().stream().filter(st -> st.cached().isPresent()).mapToDouble(StepRecord::duration).sum();
  }

  /** The first file that is neither a manifest, a lock file nor the Dockerfile: what a developer edits. */
  static Optional<String> sourceFile(BuildContext ctx) {
    return ctx.entries().stream().filter(e -> !e.isDir() && e.linkTarget().isEmpty())
        .map(ContextEntry::path).filter(p -> !NOT_SOURCE.contains(p.substring(p.lastIndexOf('/') + 1)))
        .filter(p -> !p.endsWith(".md") && !p.contains("Dockerfile") && !p.endsWith(".dockerfile"))
        .min(java.util.Comparator.comparing((String p) -> !CODE.matcher(p).find()).thenComparing(p -> p));
  }
}
