package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.Linkage;
import dev.layerlab.image.Layer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tool models (issue 4) on the catalogue's real base images: what each program writes, what it
 * costs, and how it fails, in the real program's words.
 */
class ToolModelsTest {
  static BuildResult build(String dockerfile, Map<String, String> files) {
    return BuildEngineTest.build(dockerfile, files, Map.of(), Map.of(), new dev.layerlab.cache.CacheStore());
  }

  static BuildResult build(String dockerfile, Map<String, String> files, Map<String, byte[]> secrets) {
    return BuildEngineTest.build(dockerfile, files, Map.of(), secrets, new dev.layerlab.cache.CacheStore());
  }

  static String output(BuildResult r) {
    return String.join("\n", r.steps().get(r.steps().size() - 1).output());
  }

  static Layer top(BuildResult r) {
    return BuildEngineTest.top(r);
  }

  static boolean has(Layer l, String path) {
    return l.diff().entries().stream().map(DiffEntry::path).anyMatch(p -> p.equals(path) || p.startsWith(path + "/"));
  }

  static long sizeUnder(Layer l, String prefix) {
    return l.diff().entries().stream().filter(e -> e.path().startsWith(prefix)).mapToLong(DiffEntry::size).sum();
  }

  // ---- apt ----

  @Test
  void aptInstall_beforeUpdate_cannotLocateThePackage() {
    BuildResult r = build("FROM debian:bookworm-slim\nRUN apt-get install -y curl\n", Map.of());
    assertThat(r.exitCode()).isNotZero();
    assertThat(output(r)).contains("E: Unable to locate package curl");
    assertThat(r.error().orElseThrow().message()).contains("exit code: 100");
  }

  @Test
  void aptGet_inAlpine_isNotFound() {
    BuildResult r = build("FROM alpine:3.19\nRUN apt-get update\n", Map.of());
    assertThat(output(r)).contains("apt-get: not found");
  }

  @Test
  void aptUpdate_keepsCompressedLists_andRemovingThemEmptiesTheLayer() {
    Layer lists = top(build("FROM debian:bookworm-slim\nRUN apt-get update\n", Map.of()));
    assertThat(sizeUnder(lists, "var/lib/apt/lists")).isBetween(17_000_000L, 25_000_000L);
    Layer cleaned = top(build("FROM debian:bookworm-slim\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n", Map.of()));
    assertThat(sizeUnder(cleaned, "var/lib/apt/lists")).isZero();
  }

  @Test
  void buildEssential_addsTheRealRange_andRecommendsCostMore() {
    Layer full = top(build("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y build-essential "
        + "&& rm -rf /var/lib/apt/lists/*\n", Map.of()));
    Layer lean = top(build("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
        + "build-essential && rm -rf /var/lib/apt/lists/*\n", Map.of()));
    assertThat(full.size()).isBetween(150_000_000L, 250_000_000L);
    assertThat(lean.size()).isLessThan(full.size());
    assertThat(has(full, "usr/bin/gcc")).isTrue();
    assertThat(has(full, "var/cache/apt/archives/gcc_amd64.deb")).as("docker-clean removes the .debs").isFalse();
  }

  @Test
  void aptInstall_withoutYes_abortsAsStdinIsNoTerminal() {
    BuildResult r = build("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install curl\n", Map.of());
    assertThat(output(r)).contains("Do you want to continue? [Y/n] Abort.");
    assertThat(r.exitCode()).isNotZero();
  }

  @Test
  void aptOnUbuntuWithoutDockerClean_keepsTheDebs_untilClean() {
    String base = "FROM debian:bookworm-slim\nRUN rm /etc/apt/apt.conf.d/docker-clean\n";
    Layer kept = top(build(base + "RUN apt-get update && apt-get install -y jq\n", Map.of()));
    assertThat(has(kept, "var/cache/apt/archives/jq_amd64.deb")).isTrue();
    Layer cleaned = top(build(base + "RUN apt-get update && apt-get install -y jq && apt-get clean\n", Map.of()));
    assertThat(has(cleaned, "var/cache/apt/archives/jq_amd64.deb")).isFalse();
  }

  // ---- apk ----

  @Test
  void apkAdd_noCache_leavesNoIndex() {
    Layer cached = top(build("FROM alpine:3.19\nRUN apk add curl\n", Map.of()));
    Layer clean = top(build("FROM alpine:3.19\nRUN apk add --no-cache curl\n", Map.of()));
    assertThat(has(cached, "var/cache/apk")).isTrue();
    assertThat(has(clean, "var/cache/apk")).isFalse();
    assertThat(cached.size() - clean.size()).isGreaterThan(1_000_000L);
  }

  @Test
  void apkVirtual_isRemovedWithDel() {
    Layer l = top(build("FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev make "
        + "&& apk del .build-deps\n", Map.of()));
    assertThat(l.size()).isLessThan(1_000_000L);
  }
}
