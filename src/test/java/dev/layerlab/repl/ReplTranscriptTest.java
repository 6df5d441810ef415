package dev.layerlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden transcripts: each {@code src/test/resources/repl/NAME.repl} is typed into the REPL over a
 * dumb terminal and the whole screen compared with {@code NAME.transcript}. Found automatically; a
 * transcript without its script fails.
 */
class ReplTranscriptTest {
  private static final Path DIR = Path.of("src/test/resources/repl");

  @TestFactory
  Stream<DynamicTest> everyScript_matchesItsTranscript() throws IOException {
    List<Path> scripts;
    try (Stream<Path> s = Files.list(DIR)) {
      scripts = s.filter(p -> p.toString().endsWith(".repl")).sorted().toList();
    }
    assertThat(scripts).isNotEmpty();
    return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      ReplHarness.Run r = ReplHarness.run(Golden.read(p));
      assertThat(r.transcript()).doesNotContain("internal error").doesNotContain("\tat ");
      Golden.check(Path.of(p.toString().replace(".repl", ".transcript")), r.transcript());
    }));
  }

  @Test
  void everyTranscript_hasItsScript() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      s.filter(p -> p.toString().endsWith(".transcript"))
          .forEach(p -> assertThat(Path.of(p.toString().replace(".transcript", ".repl"))).as("script for " + p).exists());
    }
  }
}
