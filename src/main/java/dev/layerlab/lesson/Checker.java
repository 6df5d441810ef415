package dev.layerlab.lesson;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextChanges;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.BuildPlan;
import dev.layerlab.plan.PlanException;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.SimSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a lesson's goal against a Dockerfile and context: runs each scenario the goals name on a
 * fresh builder (never the learner's cache, so the answer depends only on the files), then every
 * check, then the mistakes. The same files always give the same report.
 */
public final class Checker {
  private final Lesson lesson;
  private final String dockerfile;
  private final BuildContext context;
  private final Map<Scenario, Run> runs = new HashMap<>();

  private Checker(Lesson lesson, String dockerfile, BuildContext context) {
    this.lesson = lesson;
    this.dockerfile = dockerfile;
    this.context = context;
  }

  public static Report check(Lesson lesson, String dockerfile, BuildContext context) {
    return new Checker(lesson, dockerfile, context).report();
  }

  /** The lesson's untouched start state, checked. */
  public static Report checkStart(Lesson lesson) {
    return check(lesson, Lessons.dockerfile(lesson), Lessons.context(lesson));
  }

  private Report report() {
    List<Report.Line> lines = new ArrayList<>();
    for (Goal g : lesson.goals()) {
      lines.add(new Report.Line(g.name() + g.scenario().describe(), g.check().check(run(g.scenario()))));
    }
    List<String> fired = new ArrayList<>();
    if (lines.stream().anyMatch(l -> !l.verdict().passed())) {
      for (Mistake m : lesson.mistakes()) {
        if (m.when().check(run(m.scenario())).passed()) {
          fired.add(m.hint());
        }
      }
    }
    return new Report(lines, fired);
  }

  private Run run(Scenario s) {
    Run r = runs.get(s);
    if (r == null) {
      r = s.edited().isEmpty() ? build(s, context, new CacheStore()) : rebuild(s);
      runs.put(s, r);
    }
    return r;
  }

  private Run rebuild(Scenario s) {
    CacheStore cache = new CacheStore();
    Run first = build(s.first(), context, cache);
    if (first.result().isEmpty()) {
      return first;
    }
    // An edit to a file .dockerignore keeps out never reaches the build: only visible paths are edited.
    List<String> visible = s.edited().stream().filter(p -> context.entries().stream()
        .anyMatch(e -> e.path().equals(p) || e.path().startsWith(p + "/"))).toList();
    return build(s, ContextChanges.apply(context, visible), s.ephemeral() ? imported(cache) : cache);
  }

  /** What a CI runner has after importing an exported cache: the layer cache, not the cache mounts. */
  private static CacheStore imported(CacheStore cache) {
    CacheStore fresh = new CacheStore();
    cache.entries().forEach(fresh::put);
    return fresh;
  }

  private Run build(Scenario s, BuildContext ctx, CacheStore cache) {
    BuildPlan plan;
    try {
      plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(s.target(), lesson.build().buildArgs(), s.builder()));
    } catch (DockerfileException e) {
      return Run.failed("the Dockerfile does not parse: " + e.diagnostic().message());
    } catch (PlanException e) {
      return Run.failed("the Dockerfile cannot be built: " + e.diagnostic().message());
    }
    BuildResult r = BuildEngine.build(new BuildRequest(plan, ctx, secrets(lesson), ImageCatalogue.standard(), cache,
        false, java.util.Set.of()));
    return new Run(Optional.of(r), Optional.of(Scheduler.schedule(r, settings(lesson))), "");
  }

  /** The lesson's {@code --secret} values, as the build takes them. */
  public static Map<String, byte[]> secrets(Lesson lesson) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    lesson.build().secrets().forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  /** The scheduler's settings with the lesson's cost overrides. */
  public static SimSettings settings(Lesson lesson) {
    return new SimSettings(Optional.empty(), lesson.costs());
  }
}
