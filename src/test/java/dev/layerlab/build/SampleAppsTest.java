package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.Image;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample applications under {@code src/test/resources/apps/}: each builds end to end with its real
 * manifests, and its image lands in the size range such an image has for real (reference
 * layers-and-history.md §4 and §4.1, and the ranges of issue 4).
 */
class SampleAppsTest {
  private static final Path APPS = Path.of("src/test/resources/apps");

  static BuildResult build(String app, String dockerfile) throws IOException {
    Path dir = APPS.resolve(app);
    var plan = Planner.plan(Dockerfile.parse(Files.readString(dir.resolve(dockerfile))), PlanOptions.defaults());
    return BuildEngine.build(BuildRequest.of(plan, BuildContext.read(dir)));
  }

  @ParameterizedTest(name = "{0}/{1}: {2}-{3} MB")
  @CsvSource({
      "node-express, Dockerfile.single, 1100, 1400",
      "node-express, Dockerfile, 120, 200",
      "node-react, Dockerfile, 40, 80",
      "go-api, Dockerfile, 5, 20",
      "python-fastapi, Dockerfile, 130, 250",
      "python-flask, Dockerfile, 130, 250",
      "java-spring, Dockerfile, 290, 330",
      "java-spring, Dockerfile.layered, 290, 330",
      "rust-axum, Dockerfile, 75, 100",
  })
  void sampleApp_buildsAndLandsInTheRealSizeRange(String app, String dockerfile, long minMb, long maxMb)
      throws IOException {
    BuildResult r = build(app, dockerfile);
    assertThat(r.error()).as(() -> r.error().map(Object::toString).orElse("")).isEmpty();
    Image image = r.image().orElseThrow();
    System.out.printf("%s/%s: %.1f MB, unmodelled %s%n", app, dockerfile, image.size() / 1e6, r.unmodelled());
    assertThat(image.size()).isBetween(minMb * 1_000_000, maxMb * 1_000_000);
  }
}
