package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The simulator against the real builder: for every recorded scenario, the first build's outcome,
 * its steps, and every layer above the base image — the same non-directory entries (path, type,
 * size) and the same size as {@code docker history} shows.
 */
class RecordedScenariosTest {
  private static final Path ROOT = Path.of("src/test/resources/scenarios");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> firstBuild_matchesTheRealBuilder() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList().stream()
          .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }
  }

  @TestFactory
  Stream<DynamicTest> secondBuild_hitsAndMissesAsTheRealBuilder() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList().stream()
          .filter(RecordedScenariosTest::twoBuilds)
          .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> checkSecond(d)));
    }
  }

  private static boolean twoBuilds(Path dir) {
    try {
      return JSON.readTree(dir.resolve("expected.json").toFile()).get("builds").size() == 2;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Build 1, the scenario's mutation on a copy of the context (our own test data, run by the shell of
   * the machine running the tests, as the recorder did), then build 2 on the same cache: every step's
   * cached flag is the real builder's.
   */
  private static void checkSecond(Path dir) throws Exception {
    Properties props = properties(dir);
    Path copy = Files.createTempDirectory("scenario");
    copyTree(dir.resolve("context"), copy);
    CacheStore cache = new CacheStore();
    build(copy, props, props.getProperty("flags", ""), cache);
    String mutation = props.getProperty("mutation", "");
    if (!mutation.isEmpty()) {
      Process p = new ProcessBuilder("sh", "-c", mutation).directory(copy.toFile()).inheritIO().start();
      assertThat(p.waitFor()).as("mutation").isZero();
    }
    BuildResult second = build(copy, props, props.getProperty("flags2", props.getProperty("flags", "")), cache);
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile()).get("builds").get(1);
    java.util.Map<String, Boolean> want = new java.util.TreeMap<>();
    for (JsonNode st : expected.get("steps")) {
      if (!st.get("cached").isNull() && !st.get("step").asText().contains("] FROM")
          && !st.get("step").asText().contains(" : FROM")) {
        want.put(stepKey(st.get("step").asText()), st.get("cached").asBoolean());
      }
    }
    java.util.Map<String, Boolean> got = new java.util.TreeMap<>();
    for (StepRecord st : second.steps()) {
      String key = stepKey(second.label(st) + " " + st.name());
      if (want.containsKey(key)) {
        got.put(key, st.cached().orElse(false));
      }
    }
    assertThat(got).as("cached flags of build 2 (reasons: %s)",
        second.steps().stream().map(st -> st.name() + " -> " + st.reason().orElse("hit")).toList()).isEqualTo(want);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.LinkOption.NOFOLLOW_LINKS, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void check(Path dir) throws IOException {
    Properties props = properties(dir);
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile()).get("builds").get(0);
    BuildResult result = build(dir.resolve("context"), props);
    int exit = expected.get("exit").asInt();
    boolean legacy = props.getProperty("builder", "buildkit").equals("classic");
    assertThat(result.exitCode()).as("exit status").isEqualTo(legacy || exit == 0 ? exit : 1);
    if (legacy && exit != 0) {
      JsonNode errors = expected.get("errors");
      assertThat(result.error().orElseThrow().message()).as("the legacy builder's message")
          .isEqualTo(errors.get(errors.size() - 1).asText());
    }
    assertSteps(result, expected, props);
    if (expected.has("layers")) {
      assertLayers(result, expected.get("layers"));
    }
  }

  static BuildResult build(Path context, Properties props) throws IOException {
    return build(context, props, props.getProperty("flags", ""), new CacheStore());
  }

  static BuildResult build(Path context, Properties props, String flags, CacheStore cache) throws IOException {
    Builder builder = props.getProperty("builder", "buildkit").equals("classic") ? Builder.LEGACY : Builder.BUILDKIT;
    PlanOptions options = new PlanOptions(Optional.ofNullable(props.getProperty("target")), buildArgs(flags), builder);
    String text = Files.readString(context.resolve("Dockerfile"));
    var plan = Planner.plan(Dockerfile.parse(text), options);
    return BuildEngine.build(BuildRequest.of(plan, BuildContext.read(context)).withCache(cache));
  }

  private static void assertSteps(BuildResult result, JsonNode expected, Properties props) {
    List<String> want = new ArrayList<>();
    for (JsonNode s : expected.get("steps")) {
      if (!s.path("canceled").asBoolean(false)) {
        want.add(stepKey(s.get("step").asText()));
      }
    }
    List<String> got = result.steps().stream().map(s -> stepKey(result.label(s) + " " + s.name())).toList();
    assertThat(got).as("steps").containsAll(want.stream().filter(w -> !w.endsWith("FROM")).toList());
  }

  /** The label and instruction, without the FROM reference (the real builder's base has another name). */
  private static String stepKey(String step) {
    int from = step.indexOf("] FROM ");
    if (from < 0) {
      from = step.indexOf(" : FROM ");
      return from >= 0 ? step.substring(0, from) + " : FROM" : step;
    }
    return step.substring(0, from) + "] FROM";
  }

  private static void assertLayers(BuildResult result, JsonNode layers) {
    assertThat(result.image()).as("an image").isPresent();
    List<Layer> all = result.image().get().layers();
    List<Layer> ours = all.stream().filter(l -> !l.fromBase()).toList();
    long baseLayers = all.size() - ours.size(); // the real builder's base is one layer; scratch has none
    List<JsonNode> theirs = new ArrayList<>();
    layers.forEach(l -> {
      if (l.get("index").asInt() >= baseLayers) {
        theirs.add(l);
      }
    });
    assertThat(ours).as("layers above the base").hasSize(theirs.size());
    for (int i = 0; i < ours.size(); i++) {
      JsonNode t = theirs.get(i);
      assertThat(entries(ours.get(i))).as("layer %d (%s) entries", i + 1, t.get("created_by").asText())
          .isEqualTo(entries(t));
      assertThat(ours.get(i).size()).as("layer %d (%s) size", i + 1, t.get("created_by").asText())
          .isEqualTo(t.get("docker_size").asLong());
    }
  }

  private static TreeSet<String> entries(Layer layer) {
    TreeSet<String> out = new TreeSet<>();
    for (DiffEntry e : layer.diff().entries()) {
      if (e.type() != DiffType.DIR) {
        out.add(e.path() + " " + e.type().name().toLowerCase(Locale.ROOT) + " " + e.size());
      }
    }
    return out;
  }

  private static TreeSet<String> entries(JsonNode layer) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode f : layer.get("files")) {
      String type = f.get("type").asText();
      if (!type.equals("dir")) {
        long size = type.equals("file") ? f.get("size").asLong() : type.equals("symlink") ? f.get("link").asText().length() : 0;
        out.add(f.get("path").asText() + " " + type + " " + size);
      }
    }
    return out;
  }

  static Properties properties(Path dir) {
    Properties p = new Properties();
    Path f = dir.resolve("scenario.properties");
    if (Files.exists(f)) {
      try (Reader r = Files.newBufferedReader(f)) {
        p.load(r);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return p;
  }

  static Map<String, String> buildArgs(String flags) {
    Map<String, String> out = new HashMap<>();
    String[] words = flags.trim().isEmpty() ? new String[0] : flags.trim().split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equals("--build-arg")) {
        String kv = words[++i];
        int eq = kv.indexOf('=');
        out.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return out;
  }
}
