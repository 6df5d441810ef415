package dev.layerlab.lesson;

import dev.layerlab.plan.Builder;
import dev.layerlab.schedule.CostOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads one lesson folder: {@code lesson.yaml} (title, intro, build, costs, disabled, goals, hints,
 * mistakes, solution) and the start state under {@code start/}. Every mistake names the file and line.
 */
final class LessonReader {
  static final String FILE = "lesson.yaml";
  private static final Set<String> KEYS = Set.of("title", "intro", "build", "costs", "disabled", "goals", "hints",
      "mistakes", "solution");

  private LessonReader() {}

  static Lesson read(Path dir, int number) {
    String id = dir.getFileName().toString().replaceAll("/$", "");
    String name = id + "/" + FILE;
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new LessonException(name, 0, "missing: every lesson folder needs a " + FILE);
    }
    Yaml y = Yaml.parse(name, read(file));
    for (Yaml k : y.keys()) {
      if (!KEYS.contains(k.text())) {
        throw k.error("unknown key \"" + k.text() + "\" (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
      }
    }
    BuildSettings build = y.get("build").map(LessonReader::build).orElse(BuildSettings.defaults());
    CheckReader checks = new CheckReader(build);
    List<Goal> goals = new ArrayList<>();
    for (Yaml g : y.need("goals").list()) {
      goals.add(new Goal(g.need("name").text(), checks.scenario(g), checks.check(g)));
    }
    if (goals.isEmpty()) {
      throw y.need("goals").error("a lesson needs at least one goal");
    }
    List<Mistake> mistakes = new ArrayList<>();
    for (Yaml m : y.get("mistakes").map(Yaml::list).orElse(List.of())) {
      mistakes.add(new Mistake(checks.scenario(m), checks.check(m), m.need("hint").text()));
    }
    Map<String, Lesson.StartFile> files = start(dir.resolve("start"), name);
    return new Lesson(id, number, y.need("title").text(), y.need("intro").text().strip(), build, goals,
        y.need("hints").texts(), mistakes, y.need("solution").texts(),
        Set.copyOf(y.get("disabled").map(Yaml::texts).orElse(List.of())), costs(y), files);
  }

  private static BuildSettings build(Yaml b) {
    Builder builder = b.get("builder").map(CheckReader::builder).orElse(Builder.BUILDKIT);
    return new BuildSettings(b.get("target").map(Yaml::text), builder, strings(b.get("build-args")),
        strings(b.get("secrets")));
  }

  private static Map<String, String> strings(Optional<Yaml> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.ifPresent(m -> m.keys().forEach(k -> out.put(k.text(), m.need(k.text()).text())));
    return out;
  }

  private static List<CostOverride> costs(Yaml y) {
    List<CostOverride> out = new ArrayList<>();
    y.get("costs").ifPresent(c -> c.keys().forEach(k -> {
      Yaml v = c.need(k.text());
      double s = Units.parseSeconds(v.text()).orElseThrow(() -> v.error("not a duration: " + v.text() + " (e.g. 90s, 2m)"));
      out.add(new CostOverride(k.text(), s));
    }));
    return out;
  }

  private static Map<String, Lesson.StartFile> start(Path start, String name) {
    if (!Files.isDirectory(start)) {
      throw new LessonException(name, 0, "missing the start/ folder beside it (the starting Dockerfile and context)");
    }
    Map<String, Lesson.StartFile> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(start)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = start.relativize(p).toString().replace('\\', '/').replaceAll("/$", "");
        files.put(rel, new Lesson.StartFile(Files.readAllBytes(p), rel.endsWith(".sh") ? 0755 : 0644));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!files.containsKey("Dockerfile")) {
      throw new LessonException(name, 0, "start/ has no Dockerfile");
    }
    return files;
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
