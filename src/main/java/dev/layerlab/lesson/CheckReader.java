package dev.layerlab.lesson;

import dev.layerlab.plan.Builder;
import java.util.List;
import java.util.Optional;

/**
 * Reads a goal or mistake entry: {@code check: NAME} with its parameter, plus the scenario keys every
 * check accepts ({@code target}, {@code builder}, {@code after-edit}, {@code runner}).
 */
final class CheckReader {
  static final List<String> NAMES = List.of("build-succeeds", "size-below", "size-above", "path-present",
      "path-absent", "layers-at-most", "layers-at-least", "step-cached", "step-not-cached", "stage-built",
      "stage-skipped", "stages-overlap", "time-below", "secret-absent", "efficiency-above", "would-start",
      "would-not-start");
  private final BuildSettings build;

  CheckReader(BuildSettings build) {
    this.build = build;
  }

  Scenario scenario(Yaml y) {
    Optional<String> target = y.get("target").map(Yaml::text).or(build::target);
    Builder builder = y.get("builder").map(CheckReader::builder).orElse(build.builder());
    List<String> edited = y.get("after-edit").map(Yaml::texts).orElse(List.of());
    boolean ephemeral = y.get("runner").map(r -> {
      if (!r.text().equals("ephemeral") && !r.text().equals("persistent")) {
        throw r.error("runner is ephemeral or persistent, not " + r.text());
      }
      return r.text().equals("ephemeral");
    }).orElse(false);
    if (ephemeral && edited.isEmpty()) {
      throw y.need("runner").error("runner: ephemeral needs after-edit (the second build is the CI run)");
    }
    return new Scenario(target, builder, edited, ephemeral);
  }

  Check check(Yaml y) {
    Yaml name = y.need("check");
    switch (name.text()) {
      case "build-succeeds": return new Check.BuildSucceeds();
      case "size-below": return new Check.Size(bytes(y), true);
      case "size-above": return new Check.Size(bytes(y), false);
      case "path-present": return new Check.Path(y.need("path").text(), true);
      case "path-absent": return new Check.Path(y.need("path").text(), false);
      case "layers-at-most": return new Check.Layers(0, count(y));
      case "layers-at-least": return new Check.Layers(count(y), Integer.MAX_VALUE);
      case "step-cached": return new Check.StepCached(y.need("step").text(), true);
      case "step-not-cached": return new Check.StepCached(y.need("step").text(), false);
      case "stage-built": return new Check.StageBuilt(y.need("stage").text(), true);
      case "stage-skipped": return new Check.StageBuilt(y.need("stage").text(), false);
      case "stages-overlap": return overlap(y.need("stages"));
      case "time-below": return new Check.TimeBelow(seconds(y.need("value")));
      case "secret-absent": return secret(y.need("secret"));
      case "efficiency-above": return new Check.EfficiencyAbove(percent(y.need("value")));
      case "would-start": return new Check.WouldStart(true);
      case "would-not-start": return new Check.WouldStart(false);
      default: throw name.error("unknown check \"" + name.text() + "\" (known: " + String.join(", ", NAMES) + ")");
    }
  }

  static Builder builder(Yaml y) {
    switch (y.text()) {
      case "buildkit": return Builder.BUILDKIT;
      case "legacy": return Builder.LEGACY;
      default: throw y.error("builder is buildkit or legacy, not " + y.text());
    }
  }

  private static long bytes(Yaml y) {
    Yaml v = y.need("value");
    return Units.parseBytes(v.text()).orElseThrow(() -> v.error("not a size: " + v.text() + " (e.g. 300MB)"));
  }

  private static int count(Yaml y) {
    Yaml v = y.need("value");
    try {
      return Integer.parseInt(v.text());
    } catch (NumberFormatException e) {
      throw v.error("not a whole number: " + v.text());
    }
  }

  private static double seconds(Yaml v) {
    return Units.parseSeconds(v.text()).orElseThrow(() -> v.error("not a duration: " + v.text() + " (e.g. 90s, 2m)"));
  }

  private static double percent(Yaml v) {
    String t = v.text().strip();
    try {
      return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100 : Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw v.error("not a percentage: " + t + " (e.g. 95%)");
    }
  }

  private static Check overlap(Yaml stages) {
    List<String> s = stages.texts();
    if (s.size() != 2) {
      throw stages.error("stages-overlap names two stages, e.g. [test, lint]");
    }
    return new Check.StagesOverlap(s.get(0), s.get(1));
  }

  private Check secret(Yaml y) {
    String value = Optional.ofNullable(build.secrets().get(y.text())).or(() -> Optional.ofNullable(build.buildArgs().get(y.text())))
        .orElseThrow(() -> y.error("no secret or build-arg named " + y.text() + " under build:"));
    return new Check.SecretAbsent(y.text(), value);
  }
}
