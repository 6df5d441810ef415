package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.plan.PlanException;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import dev.layerlab.render.DiagnosticView;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 20 000 inputs through parse, plan and the error view: a Dockerfile either plans or gives its own
 * diagnostic (a message and a line within the file), never another exception.
 */
class ParserFuzzTest {

  @Property(tries = 10_000)
  void instructionSoup_parsesAndPlansOrGivesADiagnostic(@ForAll("soup") String text) {
    assertClean(text);
  }

  @Property(tries = 10_000)
  void anyUnicode_parsesAndPlansOrGivesADiagnostic(@ForAll("anyText") String text) {
    assertClean(text);
  }

  static void assertClean(String text) {
    try {
      Dockerfile df = Dockerfile.parse(text);
      Planner.plan(df, new PlanOptions(Optional.empty(), Map.of(), dev.layerlab.plan.Builder.BUILDKIT));
    } catch (DockerfileException e) {
      assertDiagnostic(e.diagnostic(), text);
    } catch (PlanException e) {
      assertDiagnostic(e.diagnostic(), text);
    }
  }

  private static void assertDiagnostic(Diagnostic d, String text) {
    assertThat(d.message()).isNotBlank().doesNotContain("Exception");
    assertThat(d.range().startLine()).isBetween(0, Math.max(1, (int) text.lines().count() + 1));
    assertThat(DiagnosticView.render(d, text, "Dockerfile")).contains("ERROR: failed to solve: ");
  }

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("FROM busybox", "FROM busybox AS a", "FROM a AS b", "FROM $X", "ARG X", "ARG X=busybox",
            "RUN echo hi", "RUN <<EOF", "EOF", "COPY --from=a /x /y", "COPY --from=1 /x /y", "COPY a b",
            "ADD --checksum=sha256:00 https://x/y /z", "ENV a=b", "ENV a", "LABEL a", "WORKDIR", "USER a b",
            "CMD [\"a\", 1]", "SHELL [\"sh\"]", "HEALTHCHECK NONE", "ONBUILD ONBUILD RUN x", "RUN --mount=from=b,target=/t x",
            "RUN --mount=type=secret,id=s cat /run/secrets/s", "COPY --chmod=7777 a b", "EXPOSE 80/tcp",
            "VOLUME [\"/data\"]", "STOPSIGNAL 9", "# escape=`", "# syntax=x", "", "\\", "`", "RUN a \\", "#"),
        Arbitraries.strings().withChars("FROMRUNCOPYarg$={}[]\"'\\`<-# \t:/,.").ofMaxLength(24));
    return line.list().ofMaxSize(12).map(l -> String.join("\n", l));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(80).map(s -> "FROM busybox\n" + s);
  }
}
