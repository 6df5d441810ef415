package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag resolution: exact, nearest with a note, unknown with a stand-in and a warning. */
class ImageCatalogueTest {

  private final ImageCatalogue catalogue = ImageCatalogue.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "node:20, node:20",
    "node:20-bookworm, node:20",
    "docker.io/library/node:20-alpine, node:20-alpine",
    "library/python:3.12-slim, python:3.12-slim",
    "alpine, alpine:3.20",
    "busybox, busybox:latest",
    "scratch, scratch",
    "gcr.io/distroless/static-debian12, gcr.io/distroless/static-debian12",
    "gcr.io/distroless/static-debian12:nonroot, gcr.io/distroless/static-debian12:nonroot",
    "maven:3.9-eclipse-temurin-21, maven:3.9-eclipse-temurin-21",
  })
  void resolve_exactTag_hasNoNote(String ref, String expected) {
    Resolution r = catalogue.resolve(ref);
    assertThat(r.image().name()).isEqualTo(expected);
    assertThat(r.note()).isEmpty();
    assertThat(r.warning()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "node:lts, node:20",
    "node:18-alpine, node:20-alpine",
    "node:18-bullseye-slim, node:20-slim",
    "nginx:1.13-alpine, nginx:alpine",
    "nginx:latest, nginx:alpine",
    "eclipse-temurin:17-jre-focal, eclipse-temurin:21-jre",
    "eclipse-temurin:17, eclipse-temurin:21-jdk",
    "python:3.11-slim-bookworm, python:3.12-slim",
    "golang:1.21, golang:1.22",
    "golang:1.21-alpine3.18, golang:1.22-alpine",
    "debian:bullseye-slim, debian:bookworm-slim",
    "ubuntu:20.04, ubuntu:22.04",
    "alpine:3.18, alpine:3.19",
    "rust:1-slim, rust:1.77-slim",
    "maven:3.8-eclipse-temurin-17, maven:3.9-eclipse-temurin-21",
  })
  void resolve_uncataloguedTag_takesNearestOfSameFamilyAndVariant(String ref, String expected) {
    Resolution r = catalogue.resolve(ref);
    assertThat(r.image().name()).isEqualTo(expected);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("nearest: " + expected));
    assertThat(r.warning()).isEmpty();
  }

  @Test
  void resolve_digest_isAcceptedAndNoted() {
    Resolution r = catalogue.resolve("node:20@sha256:" + "ab".repeat(32));
    assertThat(r.image().name()).isEqualTo("node:20");
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("digest sha256:abab"));
  }

  @Test
  void resolve_ownDigest_isExact() {
    BaseImage node = catalogue.exact("node:20").orElseThrow();
    Resolution r = catalogue.resolve("node:20@" + node.digest());
    assertThat(r.note()).isEmpty();
  }

  @Test
  void resolve_unknownImage_isAnEmptyStandInWithAWarning() {
    Resolution r = catalogue.resolve("foo/bar:1");
    assertThat(r.known()).isFalse();
    assertThat(r.warning()).contains("unknown image \"foo/bar:1\": using an empty stand-in");
    assertThat(r.image().layers()).isEmpty();
    assertThat(r.image().config()).isEqualTo(ImageConfig.EMPTY);
    assertThat(r.image().reference()).isEqualTo("docker.io/foo/bar:1");
  }

  @Test
  void exact_ignoresRegistryPrefixes_andMissesUnknownTags() {
    assertThat(catalogue.exact("docker.io/library/debian:bookworm")).isPresent();
    assertThat(catalogue.exact("index.docker.io/library/debian:12")).isPresent();
    assertThat(catalogue.exact("node:18")).isEmpty();
  }

  @Test
  void canonicalReference_andDigest_areStable() {
    BaseImage node = catalogue.exact("node:20").orElseThrow();
    assertThat(node.reference()).isEqualTo("docker.io/library/node:20");
    assertThat(node.digest()).matches("sha256:[0-9a-f]{64}");
    ImageCatalogue reloaded = new ImageCatalogue(CatalogueLoader.list("images"));
    assertThat(reloaded.exact("node:20").orElseThrow().digest()).isEqualTo(node.digest());
    assertThat(catalogue.exact("gcr.io/distroless/base-debian12").orElseThrow().reference())
        .isEqualTo("gcr.io/distroless/base-debian12:latest");
  }

  @Test
  void imageRef_parsesRegistryPortsTagsAndDigests() {
    ImageRef ref = ImageRef.parse("localhost:5000/team/app:v2@sha256:00");
    assertThat(ref.repository()).isEqualTo("localhost:5000/team/app");
    assertThat(ref.tag()).isEqualTo("v2");
    assertThat(ref.digest()).contains("sha256:00");
    assertThat(ImageRef.parse("Node").key()).isEqualTo("node:latest");
  }

  @ParameterizedTest(name = "[{0}]")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "", " ", ":", "@", "node:", "node@", ":20", "node:99999999999999", "node:20.x", "node:1.2.3.4.5.6",
    "NODE:20-ALPINE", "node:-", "node:--slim", "a/b/c/d:e@f", "localhost:5000", "node:v20", "ubuntu:devel"})
  void resolve_neverThrows(String ref) {
    Resolution r = catalogue.resolve(ref);
    assertThat(r.image()).isNotNull();
    assertThat(r.note().isPresent() || r.warning().isPresent() || r.image().tags().size() > 0).isTrue();
  }

  @Test
  void resolve_misspeltImage_suggestsTheFamily() {
    Resolution r = catalogue.resolve("ndoe:20");
    assertThat(r.warning()).contains("unknown image \"ndoe:20\": using an empty stand-in");
    assertThat(r.note()).contains("did you mean node?");
    assertThat(catalogue.resolve("foo/bar:1").note()).isEmpty();
    assertThat(catalogue.resolve("pyhton:3.12-slim").note()).contains("did you mean python?");
  }
}
