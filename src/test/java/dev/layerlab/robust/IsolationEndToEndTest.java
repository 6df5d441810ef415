package dev.layerlab.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through {@code layerlab build}: nothing a RUN line says touches the host, the context is never left
 * (not by {@code ../}, an absolute path or a symlink), and a secret is read but never printed.
 */
@Timeout(120)
class IsolationEndToEndTest {
  @TempDir Path tmp;

  private Path project(String dockerfile) throws IOException {
    Path ctx = Files.createDirectories(tmp.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile"), dockerfile);
    Files.writeString(ctx.resolve("a.txt"), "a\n");
    return ctx;
  }

  private static Cli.Run build(Path ctx, String... extra) {
    String[] args = Stream.concat(Stream.of("build", "--format", "json"),
        Stream.concat(Stream.of(extra), Stream.of(ctx.toString()))).toArray(String[]::new);
    return Cli.run(args).assertNoStackTrace();
  }

  @Test
  void runTouchingHostTmp_leavesTheHostAlone() throws IOException {
    Path host = Path.of(System.getProperty("java.io.tmpdir"), "layerlab-isolation-" + UUID.randomUUID());
    Cli.Run r = build(project("FROM busybox\nRUN touch " + host + " && echo pwned > " + host + "\n"));
    assertThat(r.status()).isZero();
    assertThat(host).doesNotExist();
  }

  @Test
  void rmRfRoot_changesNothingOutsideTheSimulation() throws IOException {
    Path canary = Files.writeString(tmp.resolve("canary.txt"), "still here\n");
    Path ctx = project("FROM busybox\nRUN rm -rf / ; rm -rf " + tmp + " ; true\n");
    Cli.Run r = build(ctx);
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(canary).hasContent("still here");
    assertThat(ctx.resolve("a.txt")).exists();
  }

  @Test
  void forkBomb_endsWithAClearErrorAndSpawnsNothing() throws IOException {
    int threadsBefore = Thread.activeCount();
    Cli.Run r = build(project("FROM busybox\nRUN :(){ :|:& };:\n"));
    assertThat(r.status()).isIn(0, 1);
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 2);
  }

  @Test
  void curlPipeSh_fetchesNothingAndRunsNothingOnTheHost() throws IOException {
    Path host = tmp.resolve("installed");
    Cli.Run r = build(project("FROM alpine:3.19\nRUN apk add curl\n"
        + "RUN curl -fsSL https://example.invalid/install.sh | sh -s -- --prefix " + host + " || true\n"));
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(host).doesNotExist();
  }

  @Test
  void copyOfDotDotOrAnAbsolutePath_staysInTheContext() throws IOException {
    Files.writeString(tmp.resolve("outside.txt"), "OUTSIDE-THE-CONTEXT\n");
    for (String src : new String[] {"../outside.txt", tmp.resolve("outside.txt").toString(), "../../../../" + tmp + "/outside.txt"}) {
      Cli.Run r = build(project("FROM busybox\nCOPY " + src + " /x\n"));
      assertThat(r.status()).as(src).isEqualTo(1);
      assertThat(r.out()).contains("not found").doesNotContain("OUTSIDE-THE-CONTEXT");
    }
  }

  @Test
  void aSymlinkLeavingTheContext_isNeverFollowed() throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "OUTSIDE-THE-CONTEXT-0123456789\n");
    Path outsideDir = Files.createDirectories(tmp.resolve("outside-dir"));
    Files.writeString(outsideDir.resolve("inner.txt"), "OUTSIDE-THE-CONTEXT-DIR\n");
    Path ctx = project("FROM busybox\nCOPY . /app/\nRUN cat /app/link /app/dirlink/inner.txt || true\n");
    Files.createSymbolicLink(ctx.resolve("link"), outside);
    Files.createSymbolicLink(ctx.resolve("dirlink"), outsideDir);
    Cli.Run r = build(ctx);
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.all()).doesNotContain("OUTSIDE-THE-CONTEXT");
    com.fasterxml.jackson.databind.JsonNode layers = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.out()).path("image").path("layers");
    java.util.Map<String, String> types = new java.util.HashMap<>();
    layers.forEach(l -> l.path("files").forEach(f -> types.put(f.path("path").asText(), f.path("type").asText())));
    assertThat(types).containsEntry("app/link", "symlink").containsEntry("app/dirlink", "symlink")
        .doesNotContainKey("app/dirlink/inner.txt");
    Cli.Run followed = build(project("FROM busybox\nCOPY link /x\n"));
    assertThat(followed.all()).doesNotContain("OUTSIDE-THE-CONTEXT").doesNotContain("\"size\":31");
  }

  @Test
  void aSecretFile_isReadButNeverPrinted() throws IOException {
    String value = "s3cr3t-" + UUID.randomUUID();
    Path secret = Files.writeString(tmp.resolve("token.txt"), value);
    Path cache = tmp.resolve("cache");
    Path ctx = project("FROM busybox\n"
        + "RUN --mount=type=secret,id=tok test \"$(cat /run/secrets/tok)\" = \"" + "$(cat /run/secrets/tok)\"\n"
        + "RUN --mount=type=secret,id=tok,env=TOKEN test -n \"$TOKEN\"\n"
        + "RUN --mount=type=secret,id=tok,required test -s /run/secrets/tok\n");
    String spec = "id=tok,src=" + secret;
    Cli.Run json = build(ctx, "--secret", spec, "--cache-dir", cache.toString());
    assertThat(json.status()).as(json.out()).isZero();
    Cli.Run text = Cli.run("build", "--progress", "plain", "--secret", spec, "--no-cache", ctx.toString())
        .assertNoStackTrace();
    Cli.Run history = Cli.run("history", "--no-trunc", "--secret", spec, ctx.toString()).assertNoStackTrace();
    assertThat(text.status()).isZero();
    assertThat(json.all() + text.all() + history.all()).doesNotContain(value);
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(value);
      }
    }
  }
}
