package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Finding;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.image.ImageCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DL3067: COPY --from=<stage> / / has no mechanical fix; the finding measures what it costs. */
class CopyWholeStageRuleTest {
  static List<Finding> dl3067(String dockerfile) {
    BuildRequest req = Builds.request(dockerfile, BuildContext.inMemory(Map.of()), Map.of(), Map.of());
    BuildResult built = Builds.build(req);
    assertThat(built.error()).isEmpty();
    return Advisor.findings(dockerfile, req, built).stream().filter(f -> f.rule().equals("DL3067")).toList();
  }

  @Test
  void copyOfAWholeStage_saysWhatItAddsAndHowMuchIsTheOtherStagesBase() {
    List<Finding> f = dl3067("FROM debian:bookworm-slim AS build\nRUN echo hi > /hello.txt\n"
        + "FROM scratch\nCOPY --from=build / /\n");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).line()).isEqualTo(4);
    assertThat(f.get(0).fix()).isEmpty();
    assertThat(f.get(0).impact()).isEqualTo(Impact.NONE);
    long base = ImageCatalogue.standard().exact("debian:bookworm-slim").orElseThrow().layers().stream()
        .mapToLong(l -> l.entries().stream().filter(e -> e.type() == dev.layerlab.image.TreeEntry.Type.FILE)
            .mapToLong(e -> e.size()).sum()).sum();
    assertThat(f.get(0).message()).contains("it adds " + (base + 3) + " bytes, " + base + " of them the files of debian:bookworm-slim");
  }

  @Test
  void doesNotFire_onNearMisses() {
    assertThat(dl3067("FROM alpine:3.19 AS build\nRUN mkdir -p /out && echo hi > /out/a\nFROM alpine:3.19\nCOPY --from=build /out /\n")).isEmpty();
    assertThat(dl3067("FROM alpine:3.19 AS build\nRUN echo hi > /a\nFROM alpine:3.19\nCOPY --from=build / /copy/\n")).isEmpty();
    assertThat(dl3067("FROM alpine:3.19\nCOPY / /\n")).isEmpty();
  }
}
