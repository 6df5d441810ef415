package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Measurement;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.Content;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;

/** DL3010: a COPY'd archive unpacked by a later RUN. */
class ArchiveExtractRuleTest {
  /** A gzipped tar of app/bin/app, 200 kB of incompressible bytes, so the archive itself weighs ~200 kB. */
  static byte[] tgz() {
    byte[] data = new byte[200_000];
    new Random(7).nextBytes(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      t.putArchiveEntry(new TarArchiveEntry("app/"));
      t.closeArchiveEntry();
      TarArchiveEntry f = new TarArchiveEntry("app/bin/app");
      f.setSize(data.length);
      f.setMode(0100755);
      t.putArchiveEntry(f);
      t.write(data);
      t.closeArchiveEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BuildContext context() {
    return BuildContext.builder().file("app.tar.gz", Content.of(tgz()), 0644).file("notes.txt", "hi\n").build();
  }

  static List<Advice> dl3010(String dockerfile) {
    BuildRequest req = Builds.request(dockerfile, context(), Map.of(), Map.of());
    BuildResult built = Builds.build(req);
    assertThat(built.error()).isEmpty();
    return Advisor.advise(dockerfile, req, built).stream().filter(a -> a.finding().rule().equals("DL3010")).toList();
  }

  @Test
  void copyThenTarAndRm_becomesAdd_andSavesTheArchive() {
    List<Advice> a = dl3010("FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).finding().line()).isEqualTo(2);
    assertThat(a.get(0).fixedText().orElseThrow()).isEqualTo("FROM alpine:3.19\nADD app.tar.gz /opt/\n");
    Measurement m = a.get(0).measured().orElseThrow();
    assertThat(m.fixedError()).isEmpty();
    assertThat(m.saved()).isGreaterThanOrEqualTo(tgz().length);
  }

  @Test
  void otherCommandsOfTheRun_stay_andWorkdirIsTheTarget() {
    List<Advice> a = dl3010("FROM alpine:3.19\nWORKDIR /srv\nCOPY app.tar.gz .\n"
        + "RUN mkdir -p /srv/x && tar xzf app.tar.gz && rm -f app.tar.gz && ls app\n");
    assertThat(a).as("hadolint wants a dash before x").isEmpty();
    a = dl3010("FROM alpine:3.19\nWORKDIR /srv\nCOPY app.tar.gz .\n"
        + "RUN mkdir -p /srv/x && tar -xzf app.tar.gz && rm -f app.tar.gz && ls app\n");
    assertThat(a.get(0).fixedText().orElseThrow())
        .isEqualTo("FROM alpine:3.19\nWORKDIR /srv\nADD app.tar.gz /srv/\nRUN mkdir -p /srv/x && ls app\n");
    assertThat(a.get(0).measured().orElseThrow().fixedError()).isEmpty();
  }

  @Test
  void firesWithoutFix_whenAddCannotDoIt() {
    String strip = "FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt || true\n";
    assertThat(dl3010(strip).get(0).finding().fix()).isEmpty();
    assertThat(dl3010("FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN cd /opt && tar -xzf /tmp/app.tar.gz\n")
        .get(0).fixedText()).isEmpty();
    assertThat(dl3010("FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt app/bin\n")
        .get(0).fixedText()).isEmpty();
  }

  @Test
  void doesNotFire_onNearMisses() {
    assertThat(dl3010("FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN ls /tmp/app.tar.gz\n")).isEmpty();
    assertThat(dl3010("FROM alpine:3.19\nCOPY notes.txt /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt || true\n")).isEmpty();
    assertThat(dl3010("FROM alpine:3.19\nRUN tar -czf /tmp/app.tar.gz /etc\nCOPY notes.txt /tmp/\n")).isEmpty();
    assertThat(dl3010("FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nFROM alpine:3.19\nRUN tar -xzf /tmp/app.tar.gz -C /opt || true\n"))
        .as("state resets at FROM").isEmpty();
  }
}
