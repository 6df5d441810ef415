package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own parser cases, found automatically: {@code NAME.Dockerfile} beside {@code NAME.dump} (the
 * expected BuildKit dump) or {@code NAME.error} ({@code LINE: message} of the expected failure).
 */
class ParserGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/parser/golden");

  @TestFactory
  Stream<DynamicTest> everyCase_matchesItsGoldenFile() throws IOException {
    return dockerfiles().stream().map(df -> DynamicTest.dynamicTest(name(df), () -> check(df)));
  }

  @Test
  void everyFile_isPaired() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        String base = n.substring(0, n.lastIndexOf('.'));
        if (n.endsWith(".Dockerfile")) {
          assertThat(Files.exists(DIR.resolve(base + ".dump")) ^ Files.exists(DIR.resolve(base + ".error")))
              .as("%s has exactly one expected file (.dump or .error)", n).isTrue();
        } else {
          assertThat(DIR.resolve(base + ".Dockerfile")).as("%s has its Dockerfile", n).exists();
        }
      }
    }
  }

  private static void check(Path df) throws IOException {
    String text = new String(Files.readAllBytes(df), StandardCharsets.UTF_8);
    Path dump = DIR.resolve(name(df) + ".dump");
    if (Files.exists(dump)) {
      Golden.check(dump, Parser.parse(text).dump() + "\n");
      return;
    }
    DockerfileException e = catchThrowableOfType(() -> Dockerfile.parse(text), DockerfileException.class);
    assertThat(e).as("expected a parse error").isNotNull();
    Golden.check(DIR.resolve(name(df) + ".error"),
        e.diagnostic().range().startLine() + ": " + e.diagnostic().message() + "\n");
  }

  private static List<Path> dockerfiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().toList();
    }
  }

  private static String name(Path df) {
    String n = df.getFileName().toString();
    return n.substring(0, n.length() - ".Dockerfile".length());
  }
}
