package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a step does, its diff applied to the tree as it was before the step gives the tree after
 * it: whiteouts, opaque markers, parents and hardlinks together lose nothing and add nothing.
 */
class DiffRoundTripProperties {
  private static final List<String> PATHS =
      List.of("/a", "/a/b", "/a/c", "/a/b/d", "/e", "/e/f", "/a/b/g");

  @Property(tries = 200)
  void diffApplied_toStart_givesEnd(@ForAll("ops") List<Integer> ops) {
    SimFs fs = lower();
    SimFs start = fs.copy();
    fs.beginStep();
    for (int i = 0; i + 1 < ops.size(); i += 2) {
      run(fs, ops.get(i), PATHS.get(ops.get(i + 1) % PATHS.size()), i);
    }
    LayerDiff diff = fs.endStep();
    start.apply(diff);
    assertThat(start.walk("/").toList()).isEqualTo(fs.walk("/").toList());
    assertThat(start.treeSize()).isEqualTo(fs.treeSize());
  }

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().between(0, 70).list().ofMaxSize(24);
  }

  private static SimFs lower() {
    SimFs fs = SimFs.create();
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.writeFile("/a/c", Content.of("c"), 0644, 0, 0);
    fs.writeFile("/a/b/d", Content.synthetic(5000, 1), 0644, 0, 0);
    fs.mkdir("/e", 0700, 1, 1);
    return fs;
  }

  private static void run(SimFs fs, int op, String path, int i) {
    String other = PATHS.get((op + i) % PATHS.size());
    try {
      switch (op % 10) {
        case 0 -> fs.writeFile(path, Content.of("v" + i), 0644, 0, 0);
        case 1 -> fs.mkdir(path, 0755, 2, 2);
        case 2 -> fs.deleteRecursive(path);
        case 3 -> fs.delete(path);
        case 4 -> fs.chmod(path, 0600);
        case 5 -> fs.append(path, Content.of("+"));
        case 6 -> fs.rename(path, other);
        case 7 -> fs.hardlink(path, other);
        case 8 -> fs.symlink(path, "t" + i, 0, 0);
        default -> fs.touch(path);
      }
    } catch (FsException expected) {
      // a failing call changes nothing, as in the kernel
    }
  }
}
