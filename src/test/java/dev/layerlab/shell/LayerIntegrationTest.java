package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import org.junit.jupiter.api.Test;

/** A RUN step as the build engine will drive it: journal on, run the script, take the diff. */
class LayerIntegrationTest {
  private static LayerDiff step(SimFs fs, String script) {
    fs.beginStep();
    ShellResult r = TestImages.run(fs, script);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return fs.endStep();
  }

  private static String paths(LayerDiff diff) {
    StringBuilder sb = new StringBuilder();
    for (DiffEntry e : diff.entries()) {
      sb.append(e.path()).append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  void fileMadeAndRemovedInOneRun_leavesNoTrace() {
    SimFs fs = TestImages.alpine();
    LayerDiff diff = step(fs, "dd if=/dev/zero of=/tmp/big bs=1M count=100 && rm /tmp/big");
    assertThat(diff.size()).isZero();
    assertThat(paths(diff)).doesNotContain("big");
  }

  @Test
  void appendingToAFile_storesTheWholeFileAgain() {
    SimFs fs = TestImages.alpine();
    fs.writeFile("/b.txt", Content.of("abc"), 0644, 0, 0);
    LayerDiff diff = step(fs, "echo y >> /b.txt");
    assertThat(diff.size()).isEqualTo(5);
  }

  @Test
  void removingALowerFile_addsAWhiteout() {
    SimFs fs = TestImages.alpine();
    fs.writeFile("/etc/old.conf", Content.of("x"), 0644, 0, 0);
    LayerDiff diff = step(fs, "rm /etc/old.conf");
    assertThat(paths(diff)).contains("etc/.wh.old.conf");
  }
}
