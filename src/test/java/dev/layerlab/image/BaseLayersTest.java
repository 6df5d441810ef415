package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Base images laid down on the simulated filesystem. */
class BaseLayersTest {

  private static BaseImage image(String ref) {
    return ImageCatalogue.standard().exact(ref).orElseThrow();
  }

  @Test
  void everyLayer_convertsWithTheSizeDockerHistoryShows() {
    for (BaseImage image : ImageCatalogue.standard().images()) {
      for (BaseLayer layer : image.layers()) {
        LayerDiff diff = BaseLayers.toDiff(layer);
        assertThat(diff.size()).as("%s: %s", image.name(), layer.createdBy()).isEqualTo(layer.size());
        assertThat(diff.entries()).hasSameSizeAs(layer.entries());
      }
    }
  }

  @Test
  void busybox_onSimFs_hasShThroughItsSymlink_andRealPasswd() {
    SimFs fs = BaseLayers.toFs(image("busybox"));
    assertThat(fs.stat("/bin/sh").orElseThrow().isSymlink()).isTrue();
    assertThat(fs.statFollow("/bin/sh").orElseThrow().path()).isEqualTo("/bin/busybox");
    assertThat(new String(fs.readBytes("/etc/passwd"), StandardCharsets.UTF_8)).startsWith("root:x:0:0:");
    assertThat(fs.stat("/tmp").orElseThrow().mode()).isEqualTo(01777);
    assertThat(fs.treeSize()).isEqualTo(image("busybox").size());
  }

  @Test
  void debian_onSimFs_resolvesMergedUsr() {
    SimFs fs = BaseLayers.toFs(image("debian:bookworm-slim"));
    assertThat(fs.resolve("/bin/sh")).isEqualTo("/usr/bin/dash");
    assertThat(fs.exists("/usr/bin/apt-get")).isTrue();
    assertThat(fs.content("/usr/bin/bash")).isInstanceOf(Content.Synthetic.class);
  }

  @Test
  void node_onSimFs_laysAllLayers_laterFilesWin() {
    SimFs fs = BaseLayers.toFs(image("node:20-alpine"));
    assertThat(fs.exists("/usr/local/bin/node")).isTrue();
    assertThat(fs.statFollow("/usr/local/bin/yarn")).isPresent();
    assertThat(new String(fs.readBytes("/etc/passwd"), StandardCharsets.UTF_8)).contains("node:x:1000");
  }
}
