package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of reference §7 and oracle.md "Layers": what a step's layer holds. */
class LayerDiffTest {
  private final SimFs fs = SimFs.create();

  @BeforeEach
  void lowerLayer() {
    fs.mkdirs("/app/d", 0755, 0, 0);
    fs.writeFile("/app/a.txt", Content.of("a\n"), 0644, 0, 0);
    fs.writeFile("/app/b.txt", Content.of("bbb\n"), 0644, 0, 0);
    fs.writeFile("/app/d/x", Content.of("x"), 0644, 0, 0);
    fs.writeFile("/app/d/y", Content.of("y"), 0644, 0, 0);
    fs.mkdirs("/usr/local/bin", 0755, 0, 0);
  }

  private LayerDiff step(Consumer<SimFs> body) {
    fs.beginStep();
    body.accept(fs);
    return fs.endStep();
  }

  /** "TYPE path" lines, in the diff's order. */
  private static List<String> lines(LayerDiff diff) {
    return diff.entries().stream().map(e -> e.type() + " " + e.path()).toList();
  }

  @Test
  void delete_fileFromLowerLayer_writesWhiteout() {
    LayerDiff diff = step(f -> f.delete("/app/a.txt"));
    assertThat(lines(diff)).containsExactly("DIR app", "WHITEOUT app/.wh.a.txt");
    DiffEntry wh = diff.entries().get(1);
    assertThat(wh.mode()).isEqualTo(0600);
    assertThat(wh.size()).isZero();
    assertThat(diff.size()).isZero();
  }

  @Test
  void deleteRecursive_dirFromLowerLayer_writesOneWhiteoutForTheDir() {
    assertThat(lines(step(f -> f.deleteRecursive("/app/d"))))
        .containsExactly("DIR app", "WHITEOUT app/.wh.d");
  }

  @Test
  void deleteAndRecreate_lowerDir_writesOpaqueAndNewContents() {
    LayerDiff diff = step(f -> {
      f.deleteRecursive("/app/d");
      f.mkdir("/app/d", 0755, 0, 0);
      f.writeFile("/app/d/c.conf", Content.of("new\n"), 0644, 0, 0);
    });
    assertThat(lines(diff)).containsExactly(
        "DIR app", "DIR app/d", "OPAQUE app/d/.wh..wh..opq", "FILE app/d/c.conf");
  }

  @Test
  void createAndDelete_inOneStep_leavesOnlyTheParentDir() {
    LayerDiff diff = step(f -> {
      f.writeFile("/app/big", Content.synthetic(5L << 20, 1), 0644, 0, 0);
      f.delete("/app/big");
    });
    assertThat(lines(diff)).containsExactly("DIR app");
    assertThat(diff.size()).isZero();
  }

  @Test
  void createDirTreeAndDeleteIt_inOneStep_leavesOnlyTheParentDir() {
    LayerDiff diff = step(f -> {
      f.mkdirs("/app/tmp/deep", 0755, 0, 0);
      f.writeFile("/app/tmp/deep/f", Content.of("x"), 0644, 0, 0);
      f.deleteRecursive("/app/tmp");
    });
    assertThat(lines(diff)).containsExactly("DIR app");
  }

  @Test
  void append_storesWholeFile() {
    LayerDiff diff = step(f -> f.append("/app/b.txt", Content.of("y\n")));
    assertThat(lines(diff)).containsExactly("DIR app", "FILE app/b.txt");
    assertThat(diff.entries().get(1).content()).contains(Content.of("bbb\ny\n"));
    assertThat(diff.size()).isEqualTo(6);
  }

  @Test
  void chmod_storesWholeFile() {
    LayerDiff diff = step(f -> f.chmod("/app/b.txt", 0600));
    assertThat(lines(diff)).containsExactly("DIR app", "FILE app/b.txt");
    assertThat(diff.entries().get(1).mode()).isEqualTo(0600);
    assertThat(diff.size()).isEqualTo(4);
  }

  @Test
  void chown_storesWholeFile() {
    LayerDiff diff = step(f -> f.chown("/app/b.txt", 1000, 1000));
    assertThat(diff.entries().get(1).uid()).isEqualTo(1000);
    assertThat(diff.size()).isEqualTo(4);
  }

  @Test
  void touch_existingFile_storesWholeFile() {
    // moby/moby#47399: touch -r f f duplicated a 6.7 MB file into a new layer
    fs.writeFile("/app/lib.so", Content.synthetic(6_700_000, 3), 0755, 0, 0);
    LayerDiff diff = step(f -> f.touch("/app/lib.so"));
    assertThat(lines(diff)).containsExactly("DIR app", "FILE app/lib.so");
    assertThat(diff.size()).isEqualTo(6_700_000);
  }

  @Test
  void changeDeepFile_listsEveryParentDir() {
    LayerDiff diff = step(f -> f.writeFile("/usr/local/bin/x", Content.of("#!"), 0755, 0, 0));
    assertThat(lines(diff))
        .containsExactly("DIR usr", "DIR usr/local", "DIR usr/local/bin", "FILE usr/local/bin/x");
  }

  @Test
  void mkdir_newDir_isListed_withItsMetadata() {
    LayerDiff diff = step(f -> f.mkdir("/srv", 0700, 10, 10));
    assertThat(lines(diff)).containsExactly("DIR srv");
    assertThat(diff.entries().get(0).mode()).isEqualTo(0700);
    assertThat(diff.size()).isZero();
  }

  @Test
  void mkdirs_existingDir_changesNothing() {
    assertThat(step(f -> f.mkdirs("/app", 0755, 0, 0)).entries()).isEmpty();
  }

  @Test
  void touch_existingDir_listsIt() {
    // WORKDIR on an existing directory still makes a layer with the directory entry
    assertThat(lines(step(f -> f.touch("/app")))).containsExactly("DIR app");
  }

  @Test
  void symlink_sizeIsTargetLength() {
    LayerDiff diff = step(f -> f.symlink("/usr/local/bin/node", "../lib/node", 0, 0));
    DiffEntry link = diff.entries().get(3);
    assertThat(link.type()).isEqualTo(DiffType.SYMLINK);
    assertThat(link.link()).contains("../lib/node");
    assertThat(diff.size()).isEqualTo("../lib/node".length());
  }

  @Test
  void hardlinks_madeInOneStep_firstIsFileSecondIsHardlink() {
    LayerDiff diff = step(f -> {
      f.writeFile("/app/z", Content.of("12345"), 0644, 0, 0);
      f.hardlink("/app/c", "/app/z");
    });
    assertThat(lines(diff)).containsExactly("DIR app", "FILE app/c", "HARDLINK app/z");
    assertThat(diff.entries().get(2).link()).contains("app/c");
    assertThat(diff.size()).isEqualTo(5);
  }

  @Test
  void hardlink_toLowerLayerFile_copiesSourceUp_andStoresBytesOnce() {
    LayerDiff diff = step(f -> f.hardlink("/app/c", "/app/b.txt"));
    assertThat(lines(diff)).containsExactly("DIR app", "FILE app/b.txt", "HARDLINK app/c");
    assertThat(diff.size()).isEqualTo(4);
  }

  @Test
  void rename_lowerFile_writesWhiteoutAndNewFile() {
    LayerDiff diff = step(f -> f.rename("/app/a.txt", "/app/moved.txt"));
    assertThat(lines(diff))
        .containsExactly("DIR app", "WHITEOUT app/.wh.a.txt", "FILE app/moved.txt");
  }

  @Test
  void rename_lowerDir_writesDirWhiteoutAndWholeSubtree() {
    LayerDiff diff = step(f -> f.rename("/app/d", "/app/e"));
    assertThat(lines(diff)).containsExactly(
        "DIR app", "WHITEOUT app/.wh.d", "DIR app/e", "FILE app/e/x", "FILE app/e/y");
  }

  @Test
  void chmodChild_thenDeleteDir_givesOnlyTheDirWhiteout() {
    LayerDiff diff = step(f -> {
      f.chmod("/app/d/x", 0600);
      f.deleteRecursive("/app/d");
    });
    assertThat(lines(diff)).containsExactly("DIR app", "WHITEOUT app/.wh.d");
  }

  @Test
  void size_sumsFilesAndSymlinks_notDirsOrWhiteouts() {
    LayerDiff diff = step(f -> {
      f.writeFile("/app/n", Content.of("1234567890"), 0644, 0, 0);
      f.symlink("/app/l", "n", 0, 0);
      f.delete("/app/a.txt");
      f.mkdir("/app/newdir", 0755, 0, 0);
    });
    assertThat(diff.size()).isEqualTo(11);
  }

  @Test
  void parentsAndChildren_areInTarOrder() {
    LayerDiff diff = step(f -> {
      f.writeFile("/app-x", Content.of(""), 0644, 0, 0);
      f.writeFile("/app/d/z", Content.of(""), 0644, 0, 0);
      f.writeFile("/app/c", Content.of(""), 0644, 0, 0);
    });
    assertThat(lines(diff)).containsExactly(
        "DIR app", "FILE app/c", "DIR app/d", "FILE app/d/z", "FILE app-x");
  }

  @Test
  void writeThroughUsrmergeSymlink_listsPhysicalPath() {
    fs.mkdirs("/usr/lib", 0755, 0, 0);
    fs.symlink("/lib", "usr/lib", 0, 0);
    assertThat(lines(step(f -> f.writeFile("/lib/x.so", Content.of("elf"), 0644, 0, 0))))
        .containsExactly("DIR usr", "DIR usr/lib", "FILE usr/lib/x.so");
  }

  @Test
  void emptyStep_givesEmptyLayer() {
    assertThat(step(f -> { }).isEmpty()).isTrue();
  }
}
