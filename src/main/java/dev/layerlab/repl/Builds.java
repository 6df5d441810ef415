package dev.layerlab.repl;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.dockerfile.Diagnostic;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.lesson.Checker;
import dev.layerlab.plan.BuildPlan;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanException;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.render.DiagnosticView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a REPL command reaches the build: the session's Dockerfile and context, planned with the
 * command's flags, run by the engine with what the session keeps between builds. The one place the
 * REPL calls {@link BuildEngine}.
 */
final class Builds {
  private Builds() {}

  /** docker build's flags, as the REPL's build and step take them. */
  record Flags(Optional<String> target, Map<String, String> buildArgs, Builder builder, boolean noCache,
      Optional<String> tag) {}

  /** Plans and builds; a Dockerfile that cannot be planned is shown as BuildKit shows it, and gives empty. */
  static Optional<BuildResult> run(Session session, Flags flags) {
    Sandbox s = session.sandbox();
    if (s.get(Sandbox.DOCKERFILE).isEmpty()) {
      throw new ReplException("there is no Dockerfile: insert 1 FROM busybox");
    }
    Optional<BuildPlan> plan = plan(session, flags);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    // In a lesson, builds get the lesson's --secret values, as its CI job would pass them.
    Map<String, byte[]> secrets = session.start().lesson().map(Checker::secrets).orElse(Map.of());
    BuildRequest request = new BuildRequest(plan.get(), s.context(), secrets, ImageCatalogue.standard(),
        session.cache(), flags.noCache(), java.util.Set.of());
    BuildResult r = BuildEngine.build(request);
    session.built(r);
    return Optional.of(r);
  }

  /** The build the session would run if these files changed, on a copy of its cache; nothing is kept. */
  static Optional<BuildResult> whatIf(Session session, List<String> changed) {
    Flags flags = new Flags(Optional.empty(), Map.of(), Builder.BUILDKIT, false, Optional.empty());
    Optional<BuildPlan> plan = plan(session, flags);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    BuildRequest request = new BuildRequest(plan.get(),
        dev.layerlab.build.context.ContextChanges.apply(session.sandbox().context(), changed), Map.of(),
        ImageCatalogue.standard(), session.cache().copy(), false, java.util.Set.of());
    return Optional.of(BuildEngine.build(request));
  }

  private static Optional<BuildPlan> plan(Session session, Flags flags) {
    String text = session.sandbox().dockerfile();
    try {
      Map<String, String> args = new java.util.LinkedHashMap<>(
          session.start().lesson().map(l -> l.build().buildArgs()).orElse(Map.of()));
      args.putAll(flags.buildArgs());
      return Optional.of(Planner.plan(Dockerfile.parse(text), new PlanOptions(flags.target(), args, flags.builder())));
    } catch (DockerfileException e) {
      return failed(session, e.diagnostic(), text);
    } catch (PlanException e) {
      return failed(session, e.diagnostic(), text);
    }
  }

  private static Optional<BuildPlan> failed(Session session, Diagnostic d, String text) {
    session.console().print(DiagnosticView.render(d, text, Sandbox.DOCKERFILE));
    return Optional.empty();
  }
}
