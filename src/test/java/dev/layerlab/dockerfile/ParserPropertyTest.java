package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** On any input the parser returns a result or its own error, never another exception. */
class ParserPropertyTest {

  @Property(tries = 3000)
  void randomText_parsesOrFailsCleanly(@ForAll("dockerfileish") String text) {
    assertCleanOutcome(text);
  }

  @Property(tries = 3000)
  void mutatedValidDockerfiles_parseOrFailCleanly(@ForAll("mutated") String text) {
    assertCleanOutcome(text);
  }

  private static void assertCleanOutcome(String text) {
    try {
      Dockerfile df = Dockerfile.parse(text);
      assertThat(df.ast().dump()).isNotNull();
    } catch (DockerfileException e) {
      assertThat(e.diagnostic().message()).isNotBlank();
      assertThat(e.diagnostic().range().startLine()).isGreaterThanOrEqualTo(0);
    }
  }

  @Provide
  Arbitrary<String> dockerfileish() {
    Arbitrary<String> tokens = Arbitraries.of("FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "ONBUILD ", "LABEL ",
        "HEALTHCHECK ", "SHELL ", "CMD ", "--mount=", "--from=", "--chmod=", "<<EOF", "<<-'X'", "EOF", "X", "\\",
        "`", "\n", "\r\n", "\t", " ", "#", "# escape=`", "# syntax=x", "[", "]", "\"", "'", ",", "=", "$", "${",
        "}", "a", "b=c", "AS", "1", "\u00a0", "\ufeff", "type=cache", "target=/x");
    return tokens.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutated() {
    List<String> seeds = seeds();
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<Integer> pos = Arbitraries.integers().between(0, 10_000);
    Arbitrary<String> insert = Arbitraries.strings().withChars("\\`\n\"'[]{}$<-=# \t,").ofMaxLength(4);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
    return Combinators.combine(seed, pos, insert, cut).as((s, p, ins, c) -> {
      int at = s.isEmpty() ? 0 : p % s.length();
      int end = Math.min(s.length(), at + c);
      return s.substring(0, at) + ins + s.substring(end);
    });
  }

  private static List<String> seeds() {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/parser/golden"))) {
      return files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().map(f -> {
        try {
          return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(t -> t.length() < 5000).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
