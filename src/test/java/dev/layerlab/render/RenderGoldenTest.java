package dev.layerlab.render;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every view of a build at width 80 with the plain theme, against golden files: each folder under
 * {@code render/} with a {@code context/} is built, and its progress, layer table, history and JSON
 * are compared with the files beside it.
 */
class RenderGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/render");
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  @TestFactory
  Stream<DynamicTest> everyView_matchesItsGoldenFile() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("context"))).sorted().toList().stream()
          .flatMap(RenderGoldenTest::views);
    }
  }

  private static Stream<DynamicTest> views(Path dir) {
    String name = dir.getFileName().toString();
    return Stream.of(
        DynamicTest.dynamicTest(name + " progress", () -> Golden.check(dir.resolve("progress.txt"),
            ProgressPlain.render(build(dir), input(dir)))),
        DynamicTest.dynamicTest(name + " progress tty", () -> Golden.check(dir.resolve("progress-tty.txt"),
            ProgressTty.render(build(dir), input(dir), 80))),
        DynamicTest.dynamicTest(name + " layers", () -> Golden.check(dir.resolve("layers.txt"),
            build(dir).image().map(i -> LayerTable.render(i, 80, true)).orElse("(no image)\n"))),
        DynamicTest.dynamicTest(name + " layers ascii", () -> Golden.check(dir.resolve("layers-ascii.txt"),
            build(dir).image().map(i -> LayerTable.render(i, 80, false)).orElse("(no image)\n"))),
        DynamicTest.dynamicTest(name + " history", () -> Golden.check(dir.resolve("history.txt"),
            build(dir).image().map(i -> HistoryView.render(i, false, true, NOW)).orElse("(no image)\n"))),
        DynamicTest.dynamicTest(name + " json", () -> Golden.check(dir.resolve("build.json"), BuildJson.render(build(dir)))));
  }

  private static BuildResult build(Path dir) throws IOException {
    Path context = dir.resolve("context");
    var plan = Planner.plan(Dockerfile.parse(Files.readString(context.resolve("Dockerfile"))), PlanOptions.defaults());
    return BuildEngine.build(BuildRequest.of(plan, BuildContext.read(context)));
  }

  private static ProgressInput input(Path dir) throws IOException {
    Path df = dir.resolve("context/Dockerfile");
    return new ProgressInput("Dockerfile", Files.readString(df), 0, 0, Optional.of("demo:latest"));
  }
}
