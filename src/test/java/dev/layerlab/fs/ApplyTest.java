package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyTest {

  private static SimFs base() {
    SimFs fs = SimFs.create();
    fs.mkdirs("/etc/app", 0755, 0, 0);
    fs.writeFile("/etc/app/a.conf", Content.of("a"), 0644, 0, 0);
    fs.writeFile("/etc/app/b.conf", Content.of("b"), 0644, 0, 0);
    fs.writeFile("/etc/hosts", Content.of("h"), 0644, 0, 0);
    return fs;
  }

  private static List<String> paths(SimFs fs) {
    return fs.walk("/").map(Entry::path).toList();
  }

  @Test
  void apply_whiteout_removesLowerFile() {
    SimFs fs = base();
    fs.apply(LayerDiff.sorted(List.of(
        DiffEntry.dir("etc", 0755, 0, 0), DiffEntry.whiteout("etc/hosts"))));
    assertThat(fs.exists("/etc/hosts")).isFalse();
    assertThat(fs.exists("/etc/.wh.hosts")).isFalse();
  }

  @Test
  void apply_dirWhiteout_removesWholeSubtree() {
    SimFs fs = base();
    fs.apply(new LayerDiff(List.of(DiffEntry.whiteout("etc/app"))));
    assertThat(paths(fs)).containsExactly("/", "/etc", "/etc/hosts");
    assertThat(fs.treeSize()).isEqualTo(1);
  }

  @Test
  void apply_opaque_hidesLowerChildren_keepsSameLayerChildren_evenIfListedFirst() {
    SimFs fs = base();
    // the opaque marker placed last on purpose: it still applies first
    fs.apply(new LayerDiff(List.of(
        DiffEntry.dir("etc/app", 0755, 0, 0),
        DiffEntry.file("etc/app/c.conf", Content.of("new"), 0644, 0, 0),
        DiffEntry.opaque("etc/app"))));
    assertThat(fs.list("/etc/app")).containsExactly("c.conf");
  }

  @Test
  void apply_isNotJournaled_outsideAStep() {
    SimFs fs = base();
    fs.apply(new LayerDiff(List.of(DiffEntry.file("etc/new", Content.of("n"), 0644, 0, 0))));
    fs.beginStep();
    assertThat(fs.endStep().entries()).isEmpty();
  }

  @Test
  void replayedLayer_thenNextStep_givesSameDiffAsLiveRun() {
    SimFs live = base();
    live.beginStep();
    live.deleteRecursive("/etc/app");
    live.mkdir("/etc/app", 0755, 0, 0);
    live.writeFile("/etc/app/c.conf", Content.of("new"), 0644, 0, 0);
    LayerDiff cached = live.endStep();
    live.beginStep();
    live.delete("/etc/app/c.conf");
    LayerDiff next = live.endStep();

    SimFs replay = base();
    replay.apply(cached);
    assertThat(replay.list("/etc/app")).containsExactly("c.conf");
    replay.beginStep();
    replay.delete("/etc/app/c.conf");
    assertThat(replay.endStep()).isEqualTo(next);
    assertThat(next.entries().stream().map(DiffEntry::path))
        .containsExactly("etc", "etc/app", "etc/app/.wh.c.conf");
  }

  @Test
  void apply_file_replacesDirAndSymlink() {
    SimFs fs = base();
    fs.symlink("/etc/l", "hosts", 0, 0);
    fs.apply(new LayerDiff(List.of(
        DiffEntry.file("etc/app", Content.of("now a file"), 0600, 0, 0),
        DiffEntry.file("etc/l", Content.of("real"), 0644, 0, 0))));
    assertThat(fs.stat("/etc/app").orElseThrow().type()).isEqualTo(EntryType.FILE);
    assertThat(fs.content("/etc/hosts")).isEqualTo(Content.of("h"));
    assertThat(fs.stat("/etc/l").orElseThrow().type()).isEqualTo(EntryType.FILE);
  }

  @Test
  void apply_missingParents_areMade0755() {
    SimFs fs = SimFs.create();
    fs.apply(new LayerDiff(List.of(
        DiffEntry.file("opt/x/y", Content.of("y"), 0644, 0, 0),
        DiffEntry.symlink("opt/link", "x/y", 0, 0),
        DiffEntry.file("opt/x/z", Content.of("zz"), 0644, 0, 0),
        DiffEntry.hardlink("opt/x/w", "opt/x/z", 0644, 0, 0))));
    assertThat(fs.stat("/opt/x").orElseThrow().mode()).isEqualTo(0755);
    assertThat(fs.content("/opt/x/w")).isEqualTo(Content.of("zz"));
    assertThat(fs.treeSize()).isEqualTo(1 + 3 + 2);
  }

  @Test
  void diffOfStep_appliedToCopyOfStart_reproducesEndState() {
    SimFs fs = base();
    SimFs start = fs.copy();
    fs.beginStep();
    fs.rename("/etc/app", "/etc/app2");
    fs.chmod("/etc/hosts", 0600);
    fs.symlink("/etc/app", "app2", 0, 0);
    LayerDiff diff = fs.endStep();
    start.apply(diff);
    assertThat(start.walk("/").toList()).isEqualTo(fs.walk("/").toList());
    assertThat(start.treeSize()).isEqualTo(fs.treeSize());
  }

  @Test
  void emptyOptionalLinks_onDirs() {
    assertThat(DiffEntry.dir("a", 0755, 0, 0).link()).isEqualTo(Optional.empty());
  }
}
