package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Finding;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DL3046 and the login logs shadow's useradd writes. */
class UseraddLogRuleTest {
  static List<Finding> findings(String dockerfile) {
    BuildRequest req = Builds.request(dockerfile, BuildContext.inMemory(Map.of()), Map.of(), Map.of());
    return Advisor.findings(dockerfile, req, Builds.build(req)).stream().filter(f -> f.rule().equals("DL3046")).toList();
  }

  static long logBytes(String dockerfile) {
    BuildResult r = Builds.build(Builds.request(dockerfile, Map.of()));
    Layer top = r.image().orElseThrow().layers().get(r.image().get().layers().size() - 1);
    return top.diff().entries().stream().filter(e -> e.path().startsWith("var/log/")).mapToLong(DiffEntry::size).sum();
  }

  @Test
  void useraddWithLongUid_onJammy_writesSparseLogsAtFullSize() {
    long uid = 123456789L;
    assertThat(logBytes("FROM ubuntu:22.04\nRUN useradd -u " + uid + " app\n")).isEqualTo((uid + 1) * 292 + (uid + 1) * 32);
  }

  @Test
  void useraddWithSmallUid_onJammy_stillRewritesBothLogs() {
    assertThat(logBytes("FROM ubuntu:22.04\nRUN useradd -u 1000 app\n")).isEqualTo(1001 * 292 + 1001 * 32);
  }

  @Test
  void useraddWithL_orBusybox_orNewShadow_writesNoLogs() {
    assertThat(logBytes("FROM ubuntu:22.04\nRUN useradd -l -u 123456789 app\n")).isZero();
    assertThat(logBytes("FROM ubuntu:22.04\nRUN useradd --no-log-init -u 123456789 app\n")).isZero();
    assertThat(logBytes("FROM debian:bookworm-slim\nRUN useradd -u 123456789 app\n")).isZero();
    assertThat(logBytes("FROM alpine:3.19\nRUN adduser -D -u 123456789 app\n")).isZero();
  }

  @Test
  void firesAsHadolintDoes() {
    assertThat(findings("FROM ubuntu:22.04\nRUN useradd -u 123456 app\n")).hasSize(1);
    assertThat(findings("FROM ubuntu:22.04\nARG UID=1000\nRUN useradd -u ${UID} app\n")).hasSize(1);
    assertThat(findings("FROM ubuntu:22.04\nRUN useradd -u 12345 app\n")).isEmpty();
    assertThat(findings("FROM ubuntu:22.04\nRUN useradd -l -u 123456 app\n")).isEmpty();
    assertThat(findings("FROM ubuntu:22.04\nRUN useradd -lu 123456 app\n")).isEmpty();
    assertThat(findings("FROM ubuntu:22.04\nRUN useradd --uid 123456 app\n")).as("hadolint reads only -u's value").isEmpty();
    assertThat(findings("FROM ubuntu:22.04\nRUN adduser --uid 123456 app\n")).isEmpty();
    assertThat(findings("FROM ubuntu:22.04\nRUN echo useradd -u 123456 app\n")).isEmpty();
  }

  @Test
  void onBookworm_theFindingSaysTheFixSavesNothingHere() {
    String df = "FROM debian:bookworm-slim\nRUN useradd -u 123456789 app\n";
    BuildRequest req = Builds.request(df, Map.of());
    BuildResult built = Builds.build(req);
    Advice a = Advisor.advise(df, req, built).stream().filter(x -> x.finding().rule().equals("DL3046")).findFirst()
        .orElseThrow();
    assertThat(a.finding().message()).contains("add nothing");
    assertThat(a.measured().orElseThrow().saved()).isZero();
  }
}
