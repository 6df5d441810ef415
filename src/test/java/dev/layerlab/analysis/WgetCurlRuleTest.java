package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DL4001: wget and curl in one stage. */
class WgetCurlRuleTest {
  static final String APT = "FROM debian:bookworm-slim\n"
      + "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl wget && rm -rf /var/lib/apt/lists/*\n";

  static List<Advice> dl4001(String dockerfile) {
    BuildRequest req = Builds.request(dockerfile, BuildContext.inMemory(Map.of()), Map.of(), Map.of());
    BuildResult built = Builds.build(req);
    assertThat(built.error()).isEmpty();
    return Advisor.advise(dockerfile, req, built).stream().filter(a -> a.finding().rule().equals("DL4001")).toList();
  }

  @Test
  void bothUsed_wgetInstalledHere_isDroppedAndItsUsesRunWithCurl() {
    List<Advice> a = dl4001(APT + "RUN wget -q -O /tmp/a.bin https://example.com/a.bin && curl -fsSL https://example.com/b.sh | sh\n");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).finding().line()).isEqualTo(3);
    assertThat(a.get(0).fixedText().orElseThrow()).isEqualTo("FROM debian:bookworm-slim\n"
        + "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n"
        + "RUN curl -fsSL -o /tmp/a.bin https://example.com/a.bin && curl -fsSL https://example.com/b.sh | sh\n");
    assertThat(a.get(0).measured().orElseThrow().fixedError()).isEmpty();
    assertThat(a.get(0).measured().get().saved()).isPositive();
  }

  @Test
  void firesOnEveryRunAfterBothAreSeen_asHadolintDoes() {
    List<Advice> a = dl4001(APT + "RUN curl -fsSLO https://example.com/a.bin\nRUN wget -qO- https://example.com/b.txt > /b\n"
        + "RUN echo none\nRUN curl -fsSL -o /c https://example.com/c\n");
    assertThat(a).extracting(x -> x.finding().line()).containsExactly(4, 6);
    assertThat(a.get(0).fixedText().orElseThrow()).contains("RUN curl -fsSL https://example.com/b.txt > /b");
  }

  @Test
  void noFix_whenAUseHasNoTwin_orTheToolComesWithTheBase() {
    assertThat(dl4001(APT + "RUN wget --tries=3 -O /a https://example.com/a && curl -fsSL -o /b https://example.com/b\n")
        .get(0).finding().fix().orElseThrow().summary()).as("wget's use has no curl twin, so curl goes").startsWith("drop curl");
    assertThat(dl4001(APT + "RUN wget --tries=3 -O /a https://example.com/a && curl -fsSL -H 'X: 1' -o /b https://example.com/b\n")
        .get(0).finding().fix()).isEmpty();
    assertThat(dl4001("FROM node:20\nRUN wget -q -O /a https://example.com/a && curl -fsSL -o /b https://example.com/b\n")
        .get(0).finding().fix()).isEmpty();
  }

  @Test
  void doesNotFire_onNearMisses() {
    assertThat(dl4001(APT + "RUN curl -fsSL -o /a https://example.com/a\n")).isEmpty();
    assertThat(dl4001(APT + "RUN curl -fsSL -o /a https://example.com/a\nFROM debian:bookworm-slim\nRUN echo wget\n")).isEmpty();
    assertThat(dl4001("FROM alpine:3.19 AS a\nRUN wget -q -O /a https://example.com/a\nFROM alpine:3.19\nRUN apk add --no-cache curl && curl -fsSL -o /b https://example.com/b\n"))
        .as("state resets at FROM").isEmpty();
  }
}
