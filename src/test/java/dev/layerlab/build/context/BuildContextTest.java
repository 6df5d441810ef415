package dev.layerlab.build.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void read_keepsHostModesTypesAndLinks_sorted() throws IOException {
    write("b/run.sh", "#!/bin/sh\n");
    Files.setPosixFilePermissions(root.resolve("b/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
    write("a.txt", "hello");
    Files.createSymbolicLink(root.resolve("link"), Path.of("a.txt"));
    BuildContext c = BuildContext.read(root, DockerIgnore.none());
    assertThat(c.entries()).extracting(ContextEntry::path).containsExactly("a.txt", "b", "b/run.sh", "link");
    assertThat(c.get("b/run.sh").orElseThrow().mode()).isEqualTo(0750);
    assertThat(c.get("a.txt").orElseThrow().content()).contains(Content.of("hello"));
    assertThat(c.get("link").orElseThrow().type()).isEqualTo(EntryType.SYMLINK);
    assertThat(c.get("link").orElseThrow().linkTarget()).contains("a.txt");
  }

  @Test
  void read_aLinkOutOfTheContext_isKeptAsALink() throws IOException {
    Files.createSymbolicLink(root.resolve("escape"), Path.of("../../etc/passwd"));
    BuildContext c = BuildContext.read(root, DockerIgnore.none());
    assertThat(c.get("escape").orElseThrow().linkTarget()).contains("../../etc/passwd");
  }

  @Test
  void read_bigFiles_areSyntheticWithAContentBasedSeed() throws IOException {
    byte[] big = new byte[(1 << 20) + 10];
    Files.write(root.resolve("big.bin"), big);
    BuildContext c1 = BuildContext.read(root, DockerIgnore.none());
    Content content = c1.get("big.bin").orElseThrow().content().orElseThrow();
    assertThat(content).isInstanceOf(Content.Synthetic.class);
    assertThat(content.size()).isEqualTo(big.length);
    String d1 = c1.digest();
    big[5] = 1;
    Files.write(root.resolve("big.bin"), big);
    assertThat(BuildContext.read(root, DockerIgnore.none()).digest()).isNotEqualTo(d1);
  }

  @Test
  void read_appliesDockerignore_butTheBuilderStillReadsTheDockerfile() throws IOException {
    write("Dockerfile", "FROM busybox\n");
    write(".dockerignore", "Dockerfile\n.dockerignore\nsecret\n!secret/public.txt\nnode_modules\n");
    write("secret/key", "k");
    write("secret/public.txt", "p");
    write("node_modules/x/y.js", "y");
    write("app.js", "a");
    BuildContext c = BuildContext.read(root);
    assertThat(c.entries()).extracting(ContextEntry::path)
        .containsExactly("app.js", "secret", "secret/public.txt");
    assertThat(c.get("Dockerfile")).isEmpty();
    assertThat(c.builderFile("Dockerfile")).isPresent();
  }

  @Test
  void digest_ignoresMtime_butSeesModeChanges() throws IOException {
    write("a.txt", "x");
    String before = BuildContext.read(root, DockerIgnore.none()).digest();
    Files.setLastModifiedTime(root.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
    assertThat(BuildContext.read(root, DockerIgnore.none()).digest()).isEqualTo(before);
    Files.setPosixFilePermissions(root.resolve("a.txt"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(BuildContext.read(root, DockerIgnore.none()).digest()).isNotEqualTo(before);
  }

  @Test
  void inMemory_addsParentDirectories() {
    BuildContext c = BuildContext.inMemory(Map.of("src/main/App.java", "class App {}"));
    assertThat(c.entries()).extracting(ContextEntry::path)
        .containsExactly("src", "src/main", "src/main/App.java");
    assertThat(c.children("src")).containsExactly("main");
    assertThat(c.get("../src/main/App.java")).isPresent();
  }

  @Test
  void pathClean_neverClimbsAboveTheRoot() {
    assertThat(PathClean.rooted("../x")).isEqualTo("/x");
    assertThat(PathClean.rooted("a/../../b/./c/")).isEqualTo("/b/c");
    assertThat(PathClean.clean("a/../..")).isEqualTo("..");
  }
}
