package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kernel's permission checks for a non-root user; root passes them all. */
class AccessTest {
  private final SimFs fs = SimFs.create();

  private void deniedAs(Runnable change, FsException.Kind kind, String path) {
    assertThatThrownBy(change::run).isInstanceOfSatisfying(FsException.class, e -> {
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.path()).isEqualTo(path);
    });
  }

  @Test
  void aUser_cannotCreateOrRemoveInARootDirectory_butCanInItsOwn() {
    fs.mkdirs("/app", 0755, 0, 0);
    fs.mkdirs("/home/u", 0755, 1000, 1000);
    fs.writeFile("/app/root.txt", Content.of("r"), 0644, 0, 0);
    fs.actAs(1000, 1000);
    deniedAs(() -> fs.writeFile("/app/f", Content.of("x"), 0644, 1000, 1000), FsException.Kind.ACCESS, "/app/f");
    deniedAs(() -> fs.mkdirs("/app/node_modules/x", 0755, 1000, 1000), FsException.Kind.ACCESS, "/app/node_modules");
    deniedAs(() -> fs.delete("/app/root.txt"), FsException.Kind.ACCESS, "/app/root.txt");
    deniedAs(() -> fs.writeFile("/app/root.txt", Content.of("w"), 0644, 0, 0), FsException.Kind.ACCESS, "/app/root.txt");
    deniedAs(() -> fs.chmod("/app/root.txt", 0777), FsException.Kind.NOT_PERMITTED, "/app/root.txt");
    fs.writeFile("/home/u/f", Content.of("x"), 0644, 1000, 1000);
    fs.chmod("/home/u/f", 0600);
    fs.rename("/home/u/f", "/home/u/g");
    assertThat(fs.list("/home/u")).containsExactly("g");
  }

  @Test
  void groupAndOtherBits_decide_forOthersFiles() {
    fs.mkdirs("/shared", 0775, 0, 1000);
    fs.mkdirs("/open", 0777, 0, 0);
    fs.actAs(1000, 1000);
    fs.writeFile("/shared/a", Content.of("x"), 0644, 1000, 1000);
    fs.writeFile("/open/b", Content.of("x"), 0644, 1000, 1000);
    assertThat(fs.exists("/shared/a") && fs.exists("/open/b")).isTrue();
  }

  @Test
  void aStickyDirectory_letsOnlyTheOwnerRemove() {
    fs.mkdir("/tmp", 01777, 0, 0);
    fs.writeFile("/tmp/theirs", Content.of("x"), 0644, 2000, 2000);
    fs.actAs(1000, 1000);
    fs.writeFile("/tmp/mine", Content.of("x"), 0644, 1000, 1000);
    fs.delete("/tmp/mine");
    deniedAs(() -> fs.delete("/tmp/theirs"), FsException.Kind.NOT_PERMITTED, "/tmp/theirs");
  }

  @Test
  void givingAFileAway_needsRoot_andRootPassesEverything() {
    fs.mkdirs("/d", 0755, 1000, 1000);
    fs.writeFile("/d/f", Content.of("x"), 0644, 1000, 1000);
    fs.actAs(1000, 1000);
    deniedAs(() -> fs.chown("/d/f", 0, 0), FsException.Kind.NOT_PERMITTED, "/d/f");
    fs.actAs(0, 0);
    fs.chown("/d/f", 0, 0);
    fs.writeFile("/d/g", Content.of("x"), 0600, 0, 0);
    assertThat(fs.stat("/d/f").orElseThrow().uid()).isZero();
  }

  @Test
  void removingATree_withADirectoryTheUserMayNotChange_removesNothing() {
    fs.mkdirs("/home/u/w/ok", 0755, 1000, 1000);
    fs.mkdirs("/home/u/w/locked", 0755, 0, 0);
    fs.writeFile("/home/u/w/ok/a", Content.of("x"), 0644, 1000, 1000);
    fs.writeFile("/home/u/w/locked/b", Content.of("x"), 0644, 0, 0);
    fs.actAs(1000, 1000);
    deniedAs(() -> fs.deleteRecursive("/home/u/w"), FsException.Kind.ACCESS, "/home/u/w/locked");
    assertThat(fs.exists("/home/u/w/ok/a")).isTrue();
    assertThat(fs.exists("/home/u/w/locked/b")).isTrue();
    deniedAs(() -> fs.deleteRecursive("/home"), FsException.Kind.ACCESS, "/home");
  }
}
