package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The journal's cost follows what a step touched; synthetic content keeps big trees small. */
class ScaleTest {

  private static SimFs treeOf(int files) {
    SimFs fs = SimFs.create();
    for (int d = 0; d < files / 100; d++) {
      fs.mkdirs("/lib/d" + d, 0755, 0, 0);
      for (int f = 0; f < 100; f++) {
        fs.writeFile("/lib/d" + d + "/f" + f, Content.synthetic(13_000_000, d * 100L + f), 0644, 0, 0);
      }
    }
    return fs;
  }

  @Test
  void syntheticTree_of1point3GB_hasTreeSizeWithoutTheBytes() {
    SimFs fs = treeOf(100);
    assertThat(fs.treeSize()).isEqualTo(1_300_000_000L);
    assertThat(fs.content("/lib/d0/f5")).isEqualTo(Content.synthetic(13_000_000, 5));
  }

  @Test
  void endStep_onTenThousandFileTree_examinesOnlyTouchedPaths() {
    SimFs fs = treeOf(10_000);
    fs.beginStep();
    fs.append("/lib/d42/f7", Content.of("x"));
    LayerDiff diff = fs.endStep();
    assertThat(diff.entries()).extracting(DiffEntry::path)
        .containsExactly("lib", "lib/d42", "lib/d42/f7");
    assertThat(fs.lastDiffExamined()).isLessThan(10);
    assertThat(fs.treeSize()).isEqualTo(10_000 * 13_000_000L + 1);
  }

  @Test
  void copyTenThousandSmallFiles_thenEndStep_listsThemAll() {
    SimFs fs = SimFs.create();
    long t0 = System.nanoTime();
    fs.beginStep();
    fs.mkdirs("/app/src", 0755, 0, 0);
    for (int i = 0; i < 10_000; i++) {
      fs.writeFile("/app/src/f" + i + ".js", Content.of("module " + i + "\n"), 0644, 1000, 1000);
    }
    long t1 = System.nanoTime();
    LayerDiff diff = fs.endStep();
    long t2 = System.nanoTime();
    System.out.printf("COPY 10000 files: write %d ms, endStep %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    assertThat(diff.entries()).hasSize(10_002);
    assertThat(diff.entries().get(2).path()).isEqualTo("app/src/f0.js");
    // each touched path, plus its two parents looked at once each for whiteout suppression
    assertThat(fs.lastDiffExamined()).isLessThan(3 * 10_002 + 10);
  }
}
