package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Diagnostic;
import dev.layerlab.dockerfile.SourceRange;
import dev.layerlab.plan.PlannedStage;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.Slot;
import dev.layerlab.schedule.Timeline;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's {@code --progress=plain} output: numbered vertices ({@code #5 [build 3/5] COPY . .}),
 * their log lines with the seconds since the vertex started, and one end line each ({@code DONE 0.2s},
 * {@code CACHED}, {@code ERROR: …}); the internal vertices before and the export after. Steps print
 * in the order they finish on the timeline, as BuildKit prints them, with the timeline's durations.
 */
public final class ProgressPlain {
  private ProgressPlain() {}

  public static String render(BuildResult r, ProgressInput in) {
    return render(r, in, Scheduler.schedule(r));
  }

  public static String render(BuildResult r, ProgressInput in, Timeline t) {
    Vertices v = new Vertices();
    v.vertex("[internal] load build definition from " + in.dockerfileName(),
        List.of("transferring dockerfile: " + Sizes.human(in.dockerfileText().getBytes(StandardCharsets.UTF_8).length) + " done"),
        "DONE 0.0s");
    for (String image : baseImages(r)) {
      v.vertex("[internal] load metadata for " + image, List.of(), "DONE 0.0s");
    }
    v.vertex("[internal] load .dockerignore", List.of("transferring context: " + Sizes.human(in.dockerignoreBytes()) + " done"),
        "DONE 0.0s");
    boolean contextLoaded = false;
    for (Slot slot : t.byCompletion()) {
      StepRecord s = slot.step();
      if (!contextLoaded && readsContext(s)) {
        v.vertex("[internal] load build context", List.of("transferring context: " + Sizes.human(in.contextBytes()) + " done"),
            "DONE 0.0s");
        contextLoaded = true;
      }
      step(v, s, slot.duration(), r.namedLabels());
    }
    r.error().ifPresentOrElse(e -> failure(v, r, in, e, t), () -> export(v, r, in));
    return v.text();
  }

  private static void step(Vertices v, StepRecord s, double seconds, boolean named) {
    String header = s.label(named) + " " + s.name();
    List<String> lines = new java.util.ArrayList<>();
    if (s.cached().isEmpty()) {
      lines.add("resolve " + s.name().substring("FROM ".length()) + " done");
    }
    // What BuildKit never says: why the step missed. A first build misses everywhere, so "cold" is not repeated.
    s.reason().filter(r -> !r.equals("cold cache")).ifPresent(r -> lines.add("cache miss: " + r));
    for (int i = 0; i < s.output().size(); i++) {
      lines.add(lineTime(s, seconds, i) + " " + s.output().get(i));
    }
    String end = s.error().map(e -> "ERROR: " + e)
        .orElse(s.cached().orElse(false) ? "CACHED" : String.format("DONE %.1fs", seconds));
    v.vertex(header, lines, end);
  }

  /** Log lines carry the seconds since the step started; the simulator spreads them over its duration. */
  private static String lineTime(StepRecord s, double seconds, int line) {
    return Vertices.logTime(seconds * (line + 1) / (s.output().size() + 1));
  }

  private static void failure(Vertices v, BuildResult r, ProgressInput in, dev.layerlab.build.BuildFailure e,
      Timeline t) {
    StringBuilder out = v.buffer();
    r.steps().stream().filter(s -> s.error().isPresent()).findFirst().ifPresent(s -> {
      out.append("------\n > ").append(s.label(r.namedLabels())).append(' ').append(s.name()).append(":\n");
      for (int i = Math.max(0, s.output().size() - 10); i < s.output().size(); i++) {
        double seconds = t.slot(s).map(Slot::duration).orElse(s.duration());
        out.append(lineTime(s, seconds, i)).append(' ').append(s.output().get(i)).append('\n');
      }
      out.append("------\n");
    });
    SourceRange range = new SourceRange(e.line(), e.endLine());
    out.append(DiagnosticView.render(new Diagnostic(e.message(), range), in.dockerfileText(), in.dockerfileName()));
  }

  private static void export(Vertices v, BuildResult r, ProgressInput in) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("exporting layers done");
    r.image().ifPresent(i -> lines.add("writing image " + i.id() + " done"));
    in.tag().ifPresent(t -> lines.add("naming to " + ImageNames.canonical(t) + " done"));
    v.vertex("exporting to image", lines, "DONE 0.0s");
  }

  private static boolean readsContext(StepRecord s) {
    String n = s.name();
    return (n.startsWith("COPY ") || n.startsWith("ADD ")) && !n.contains("--from=");
  }

  private static Set<String> baseImages(BuildResult r) {
    Set<String> out = new LinkedHashSet<>();
    for (int i : r.plan().stagesToBuild()) {
      PlannedStage s = r.plan().stage(i);
      if (!s.base().isStage() && !s.fromScratch()) {
        out.add(ImageNames.canonical(s.baseName()));
      }
    }
    return out;
  }
}
