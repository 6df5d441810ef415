package dev.layerlab.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken Dockerfiles in {@code src/test/resources/broken}: each {@code NAME.Dockerfile}
 * (with optional extra build flags in {@code NAME.args}, one a line) fails through {@code layerlab build}
 * with exit status 1, BuildKit's message and line as {@code NAME.error} holds them, and no stack trace.
 * The context holds {@code a.txt}; its parent holds {@code secret.txt}, which no build may read.
 */
class BrokenDockerfilesTest {
  private static final Path CORPUS = Path.of("src/test/resources/broken");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path context;

  @BeforeAll
  static void context() throws IOException {
    context = Files.createDirectories(tmp.resolve("ctx"));
    Files.writeString(context.resolve("a.txt"), "a\n");
    Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-OUTSIDE-THE-CONTEXT\n");
  }

  @Test
  void theCorpusHasAtLeast100Cases_eachWithItsExpectedError() throws IOException {
    List<String> names = names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(100);
    if (!Golden.updating()) {
      names.forEach(n -> assertThat(CORPUS.resolve(n + ".error")).as("expected error of " + n).exists());
    }
    try (Stream<Path> files = Files.list(CORPUS)) {
      files.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".Dockerfile"))
          .forEach(f -> assertThat(names).as("unpaired file " + f).contains(f.substring(0, f.lastIndexOf('.'))));
    }
  }

  @TestFactory
  Stream<DynamicTest> eachBrokenDockerfile_failsWithBuildKitsMessageAndLine() throws IOException {
    return names().stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
  }

  private static void check(String name) throws IOException {
    Cli.Run json = Cli.run(args(name, true)).assertNoStackTrace();
    assertThat(json.status()).as("exit status").isEqualTo(1);
    JsonNode error = JSON.readTree(json.out()).path("error");
    String actual = "message: " + error.path("message").asText() + "\nline: " + error.path("line").asText() + "\n";
    Golden.check(CORPUS.resolve(name + ".error"), actual);
    Cli.Run text = Cli.run(args(name, false)).assertNoStackTrace();
    assertThat(text.status()).as("exit status, text output").isEqualTo(1);
    assertThat(text.all()).contains("ERROR: ").contains(error.path("message").asText())
        .doesNotContain("TOP-SECRET-OUTSIDE-THE-CONTEXT");
  }

  private static String[] args(String name, boolean json) throws IOException {
    List<String> args = new ArrayList<>(List.of("build", "-f", CORPUS.resolve(name + ".Dockerfile").toString()));
    if (json) {
      args.addAll(List.of("--format", "json"));
    }
    Path extra = CORPUS.resolve(name + ".args");
    if (Files.exists(extra)) {
      Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
    }
    args.add(context.toString());
    return args.toArray(String[]::new);
  }

  private static List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".Dockerfile"))
          .map(f -> f.substring(0, f.length() - ".Dockerfile".length())).sorted().toList();
    }
  }
}
