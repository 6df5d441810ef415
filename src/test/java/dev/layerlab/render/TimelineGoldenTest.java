package dev.layerlab.render;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.Timeline;
import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The timeline of every build under {@code render/} (the folders {@link RenderGoldenTest} builds),
 * at widths 80 and 120, in Unicode and ASCII, alone and BuildKit against legacy.
 */
class TimelineGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/render");

  @TestFactory
  Stream<DynamicTest> everyTimeline_matchesItsGoldenFile() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("context"))).sorted().toList().stream()
          .flatMap(TimelineGoldenTest::views);
    }
  }

  private static Stream<DynamicTest> views(Path dir) {
    String name = dir.getFileName().toString();
    return Stream.of(
        DynamicTest.dynamicTest(name + " timeline 80", () -> Golden.check(dir.resolve("timeline-80.txt"),
            TimelineView.render(timeline(dir, Builder.BUILDKIT), 80, true))),
        DynamicTest.dynamicTest(name + " timeline 120", () -> Golden.check(dir.resolve("timeline-120.txt"),
            TimelineView.render(timeline(dir, Builder.BUILDKIT), 120, true))),
        DynamicTest.dynamicTest(name + " timeline ascii", () -> Golden.check(dir.resolve("timeline-ascii.txt"),
            TimelineView.render(timeline(dir, Builder.BUILDKIT), 80, false))),
        DynamicTest.dynamicTest(name + " compare 80", () -> Golden.check(dir.resolve("compare-80.txt"),
            TimelineView.compare(timeline(dir, Builder.BUILDKIT), timeline(dir, Builder.LEGACY), 80, true))),
        DynamicTest.dynamicTest(name + " compare 120", () -> Golden.check(dir.resolve("compare-120.txt"),
            TimelineView.compare(timeline(dir, Builder.BUILDKIT), timeline(dir, Builder.LEGACY), 120, true))));
  }

  private static Timeline timeline(Path dir, Builder builder) throws IOException {
    Path context = dir.resolve("context");
    var plan = Planner.plan(Dockerfile.parse(Files.readString(context.resolve("Dockerfile"))),
        new PlanOptions(Optional.empty(), Map.of(), builder));
    return Scheduler.schedule(BuildEngine.build(BuildRequest.of(plan, BuildContext.read(context))));
  }
}
