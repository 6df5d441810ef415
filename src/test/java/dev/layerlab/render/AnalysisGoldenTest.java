package dev.layerlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.efficiency.CiRules;
import dev.layerlab.analysis.efficiency.Efficiency;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.Mode;
import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.analysis.start.StartReport;
import dev.layerlab.analysis.start.WillItStart;
import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The analysis views at width 80 with the plain theme, against golden files. Each folder under
 * {@code analysis/VIEW/} is one case: {@code context/} (its Dockerfile and files), optionally {@code
 * build-args} and {@code secrets} ({@code K=V} lines, as {@code --build-arg} and {@code --secret}
 * give them), and the expected {@code VIEW.txt} and {@code VIEW.json}. Any other file fails.
 */
class AnalysisGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/analysis");
  private static final List<String> VIEWS = List.of("efficiency", "advise", "secrets", "run");
  private static final Set<String> INPUTS = Set.of("context", "build-args", "secrets");

  @TestFactory
  Stream<DynamicNode> everyAnalysisView_matchesItsGoldenFiles() throws IOException {
    try (Stream<Path> views = Files.list(ROOT)) {
      assertThat(views.map(p -> p.getFileName().toString())).as("folders under " + ROOT)
          .allMatch(VIEWS::contains, "one of " + VIEWS);
    }
    return VIEWS.stream().map(v -> DynamicContainer.dynamicContainer(v, cases(v)));
  }

  private static Stream<DynamicNode> cases(String view) {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(view))) {
      List<Path> cases = dirs.sorted().toList();
      assertThat(cases).as("cases of " + view).hasSizeGreaterThanOrEqualTo(3);
      return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(view, dir)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(String view, Path dir) throws IOException {
    assertThat(dir.resolve("context/Dockerfile")).as("a case is a folder with context/Dockerfile").exists();
    Set<String> expected = Set.of(view + ".txt", view + ".json");
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).forEach(f -> assertThat(INPUTS.contains(f) || expected.contains(f))
          .as("unpaired file " + dir.resolve(f) + " (expected only " + INPUTS + " and " + expected + ")").isTrue());
    }
    Case c = Case.read(dir);
    Golden.check(dir.resolve(view + ".txt"), text(view, c));
    Golden.check(dir.resolve(view + ".json"), json(view, c));
  }

  private static String text(String view, Case c) {
    return switch (view) {
      case "efficiency" -> EfficiencyView.render(dive(c.image()), corrected(c.image()),
          Optional.of(CiRules.defaults().evaluate(dive(c.image()))));
      case "advise" -> AdviceView.render(advice(c), "Dockerfile", c.text());
      case "secrets" -> SecretsView.render(secrets(c));
      default -> StartView.render(start(c));
    };
  }

  private static String json(String view, Case c) {
    return switch (view) {
      case "efficiency" -> EfficiencyJson.render(dive(c.image()), corrected(c.image()),
          Optional.of(CiRules.defaults().evaluate(dive(c.image()))));
      case "advise" -> AdviceJson.render(advice(c), "Dockerfile", c.text());
      case "secrets" -> SecretsJson.render(secrets(c));
      default -> StartJson.render(start(c));
    };
  }

  private static EfficiencyReport dive(Image i) {
    return Efficiency.analyse(i, Mode.DIVE);
  }

  private static EfficiencyReport corrected(Image i) {
    return Efficiency.analyse(i, Mode.CORRECTED);
  }

  private static List<Advice> advice(Case c) {
    return Advisor.advise(c.text(), c.request(), c.result());
  }

  private static SecretReport secrets(Case c) {
    return SecretScan.scan(c.request(), c.result());
  }

  private static StartReport start(Case c) {
    return WillItStart.check(c.image());
  }

  /** One case built as {@code layerlab} builds it: BuildKit, a fresh cache, its build args and secrets. */
  private record Case(String text, BuildRequest request, BuildResult result) {
    static Case read(Path dir) throws IOException {
      String text = Files.readString(dir.resolve("context/Dockerfile"));
      Map<String, byte[]> secrets = new LinkedHashMap<>();
      pairs(dir.resolve("secrets")).forEach((k, v) -> secrets.put(k, v.getBytes(StandardCharsets.UTF_8)));
      var plan = Planner.plan(Dockerfile.parse(text),
          new PlanOptions(Optional.empty(), pairs(dir.resolve("build-args")), Builder.BUILDKIT));
      BuildRequest request = new BuildRequest(plan, BuildContext.read(dir.resolve("context")), secrets,
          ImageCatalogue.standard(), new CacheStore(), false, Set.of());
      BuildResult result = BuildEngine.build(request);
      assertThat(result.image()).as("the case's build: " + result.error()).isPresent();
      return new Case(text, request, result);
    }

    Image image() {
      return result.image().orElseThrow();
    }

    private static Map<String, String> pairs(Path file) throws IOException {
      Map<String, String> out = new LinkedHashMap<>();
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file)) {
          int eq = line.indexOf('=');
          if (eq > 0) {
            out.put(line.substring(0, eq), line.substring(eq + 1));
          }
        }
      }
      return out;
    }
  }
}
