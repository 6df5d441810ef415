package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlab.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser cases, read from the shared conformance folder when it exists: every positive
 * case's dump equals its {@code result} file byte for byte, and every negative case fails to parse.
 */
class ConformanceTest {
  private static final String ROOT = "conformance/buildkit-parser";

  @TestFactory
  Stream<DynamicTest> positiveCases_dumpExactlyAsBuildKit() throws IOException {
    return cases("testfiles").stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      String text = readUtf8(dir.resolve("Dockerfile"));
      String expected = readUtf8(dir.resolve("result"));
      assertThat(Parser.parse(text).dump() + "\n").isEqualTo(expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> negativeCases_failToParse() throws IOException {
    return cases("testfiles-negative").stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      String text = readUtf8(dir.resolve("Dockerfile"));
      assertThatThrownBy(() -> Dockerfile.parse(text)).isInstanceOf(DockerfileException.class);
    }));
  }

  private static List<Path> cases(String kind) throws IOException {
    Optional<Path> folder = Shared.folder(ROOT + "/" + kind);
    Assumptions.assumeTrue(folder.isPresent(),
        "skipped: no shared conformance folder beside the project (" + ROOT + "/" + kind + ")");
    try (Stream<Path> dirs = Files.list(folder.get())) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static String readUtf8(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
