package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The config's copy methods keep Docker's ordering rules and never mutate. */
class ImageConfigTest {

  private final ImageConfig node = ImageCatalogue.standard().exact("node:20").orElseThrow().config();

  @Test
  void withEnv_replacesAnExistingKeyInPlace() {
    ImageConfig next = node.withEnv("NODE_VERSION", "20.12.0");
    assertThat(next.env()).containsExactly(
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "NODE_VERSION=20.12.0", "YARN_VERSION=1.22.19");
    assertThat(node.env("NODE_VERSION")).contains("20.11.1");
  }

  @Test
  void withEnv_appendsANewKey() {
    assertThat(node.withEnv("NODE_ENV", "production").env()).endsWith("NODE_ENV=production");
    assertThat(node.withEnv("NODE_ENV", "production").envMap()).containsEntry("NODE_ENV", "production");
  }

  @Test
  void env_doesNotMatchAKeyPrefix() {
    assertThat(node.withEnv("NODE", "x").env("NODE")).contains("x");
    assertThat(node.env("NODE")).isEmpty();
  }

  @Test
  void copyMethods_changeOneField() {
    ImageConfig next = node.withCmd(List.of("node", "server.js")).withUser("node")
        .withWorkingDir("/app").withExposedPort("3000/tcp").withExposedPort("3000/tcp")
        .withLabel("a", "1").withLabel("b", "2").withLabel("a", "3").withVolume("/data");
    assertThat(next.cmd()).containsExactly("node", "server.js");
    assertThat(next.entrypoint()).containsExactly("docker-entrypoint.sh");
    assertThat(next.user()).isEqualTo("node");
    assertThat(next.workingDir()).isEqualTo("/app");
    assertThat(next.exposedPorts()).containsExactly("3000/tcp");
    assertThat(next.labels()).containsExactly(
        java.util.Map.entry("a", "3"), java.util.Map.entry("b", "2"));
    assertThat(next.volumes()).containsExactly("/data");
    assertThat(node.cmd()).containsExactly("node");
  }

  @Test
  void lists_areImmutable() {
    assertThatThrownBy(() -> node.env().add("X=1")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> node.labels().put("x", "1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shell_defaultsToBinShDashC() {
    assertThat(ImageConfig.EMPTY.effectiveShell()).containsExactly("/bin/sh", "-c");
    assertThat(ImageConfig.EMPTY.withShell(List.of("/bin/bash", "-o", "pipefail", "-c"))
        .effectiveShell()).startsWith("/bin/bash");
  }
}
