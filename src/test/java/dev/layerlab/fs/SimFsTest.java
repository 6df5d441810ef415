package dev.layerlab.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimFsTest {
  private final SimFs fs = SimFs.create();

  @Test
  void create_hasRootDir0755() {
    Entry root = fs.stat("/").orElseThrow();
    assertThat(root.type()).isEqualTo(EntryType.DIR);
    assertThat(root.mode()).isEqualTo(0755);
    assertThat(fs.list("/")).isEmpty();
  }

  @Test
  void writeFile_keepsModeOwnerAndContent() {
    fs.writeFile("/f", Content.of("abc"), 04755, 1000, 50);
    Entry e = fs.stat("/f").orElseThrow();
    assertThat(e.mode()).isEqualTo(04755);
    assertThat(e.uid()).isEqualTo(1000);
    assertThat(e.gid()).isEqualTo(50);
    assertThat(e.size()).isEqualTo(3);
    assertThat(fs.readBytes("/f")).containsExactly('a', 'b', 'c');
  }

  @Test
  void mkdir_stickyBit_survives() {
    fs.mkdir("/tmp", 01777, 0, 0);
    assertThat(fs.stat("/tmp").orElseThrow().mode()).isEqualTo(01777);
    fs.chmod("/tmp", 0755);
    assertThat(fs.stat("/tmp").orElseThrow().mode()).isEqualTo(0755);
  }

  @Test
  void writeFile_missingParent_isNotFound() {
    assertThatThrownBy(() -> fs.writeFile("/no/f", Content.of("x"), 0644, 0, 0))
        .isInstanceOfSatisfying(FsException.class, e -> {
          assertThat(e.kind()).isEqualTo(FsException.Kind.NOT_FOUND);
          assertThat(e.reason()).isEqualTo("No such file or directory");
        });
  }

  @Test
  void mkdir_existing_isExists_andMkdirsLeavesItAlone() {
    fs.mkdir("/a", 0700, 5, 5);
    assertThatThrownBy(() -> fs.mkdir("/a", 0755, 0, 0)).hasMessage("/a: File exists");
    fs.mkdirs("/a/b/c", 0755, 0, 0);
    assertThat(fs.stat("/a").orElseThrow().mode()).isEqualTo(0700);
    assertThat(fs.stat("/a/b/c").orElseThrow().isDir()).isTrue();
  }

  @Test
  void delete_nonEmptyDir_isNotEmpty() {
    fs.mkdir("/a", 0755, 0, 0);
    fs.writeFile("/a/f", Content.of("x"), 0644, 0, 0);
    assertThatThrownBy(() -> fs.delete("/a"))
        .isInstanceOfSatisfying(FsException.class,
            e -> assertThat(e.kind()).isEqualTo(FsException.Kind.NOT_EMPTY));
    fs.deleteRecursive("/a");
    assertThat(fs.exists("/a")).isFalse();
  }

  @Test
  void writeFile_throughParentSymlink_writesThePhysicalPath() {
    fs.mkdirs("/usr/lib", 0755, 0, 0);
    fs.symlink("/lib", "usr/lib", 0, 0);
    fs.writeFile("/lib/x.so", Content.of("elf"), 0644, 0, 0);
    assertThat(fs.resolve("/lib/x.so")).isEqualTo("/usr/lib/x.so");
    assertThat(fs.list("/usr/lib")).containsExactly("x.so");
    assertThat(fs.stat("/lib").orElseThrow().linkTarget()).contains("usr/lib");
    assertThat(fs.statFollow("/lib").orElseThrow().path()).isEqualTo("/usr/lib");
  }

  @Test
  void resolve_dotDotAfterSymlink_goesToPhysicalParent() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.symlink("/l", "/a/b", 0, 0);
    assertThat(fs.resolve("/l/..")).isEqualTo("/a");
  }

  @Test
  void resolve_symlinkLoop_isLoop() {
    fs.symlink("/x", "/y", 0, 0);
    fs.symlink("/y", "/x", 0, 0);
    assertThatThrownBy(() -> fs.resolve("/x/f"))
        .isInstanceOfSatisfying(FsException.class,
            e -> assertThat(e.kind()).isEqualTo(FsException.Kind.LOOP));
  }

  @Test
  void resolve_fileAsParent_isNotADirectory() {
    fs.writeFile("/f", Content.of("x"), 0644, 0, 0);
    assertThatThrownBy(() -> fs.resolve("/f/g"))
        .isInstanceOfSatisfying(FsException.class,
            e -> assertThat(e.kind()).isEqualTo(FsException.Kind.NOT_A_DIRECTORY));
    assertThat(fs.stat("/f/g")).isEmpty();
  }

  @Test
  void symlink_sizeIsTargetLength() {
    fs.symlink("/l", "/some/target", 0, 0);
    assertThat(fs.stat("/l").orElseThrow().size()).isEqualTo("/some/target".length());
    assertThat(fs.treeSize()).isEqualTo("/some/target".length());
  }

  @Test
  void hardlink_sharesContent_andCountsOnceInTreeSize() {
    fs.writeFile("/a", Content.of("1234"), 0644, 0, 0);
    fs.hardlink("/b", "/a");
    fs.writeFile("/a", Content.of("123456"), 0644, 0, 0);
    assertThat(fs.content("/b")).isEqualTo(Content.of("123456"));
    assertThat(fs.treeSize()).isEqualTo(6);
    fs.delete("/a");
    assertThat(fs.treeSize()).isEqualTo(6);
    fs.delete("/b");
    assertThat(fs.treeSize()).isZero();
  }

  @Test
  void rename_movesSubtree() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.writeFile("/a/b/f", Content.of("x"), 0600, 1, 1);
    fs.rename("/a", "/c");
    assertThat(fs.exists("/a")).isFalse();
    assertThat(fs.stat("/c/b/f").orElseThrow().mode()).isEqualTo(0600);
  }

  @Test
  void rename_intoItself_isInvalid() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    assertThatThrownBy(() -> fs.rename("/a", "/a/b/c"))
        .isInstanceOfSatisfying(FsException.class,
            e -> assertThat(e.kind()).isEqualTo(FsException.Kind.INVALID));
  }

  @Test
  void append_addsToContentAndTreeSize() {
    fs.writeFile("/f", Content.of("ab"), 0644, 0, 0);
    fs.append("/f", Content.of("c"));
    assertThat(fs.content("/f")).isEqualTo(Content.of("abc"));
    assertThat(fs.treeSize()).isEqualTo(3);
  }

  @Test
  void readBytes_smallSynthetic_isDeterministic_bigSyntheticThrows() {
    fs.writeFile("/s", Content.synthetic(100, 42), 0644, 0, 0);
    fs.writeFile("/big", Content.synthetic(100L << 20, 42), 0755, 0, 0);
    assertThat(fs.readBytes("/s")).hasSize(100).isEqualTo(fs.copy().readBytes("/s"));
    assertThat(fs.stat("/big").orElseThrow().size()).isEqualTo(100L << 20);
    assertThatThrownBy(() -> fs.readBytes("/big"))
        .isInstanceOfSatisfying(FsException.class,
            e -> assertThat(e.kind()).isEqualTo(FsException.Kind.TOO_BIG));
  }

  @Test
  void copy_isIndependent_andKeepsEverything() {
    fs.mkdirs("/d", 0750, 3, 4);
    fs.writeFile("/d/f", Content.synthetic(5000, 1), 0644, 0, 0);
    fs.hardlink("/d/g", "/d/f");
    fs.symlink("/d/l", "f", 0, 0);
    SimFs copy = fs.copy();
    fs.delete("/d/l");
    assertThat(copy.walk("/").map(Entry::path))
        .containsExactly("/", "/d", "/d/f", "/d/g", "/d/l");
    assertThat(copy.stat("/d").orElseThrow().uid()).isEqualTo(3);
    assertThat(copy.content("/d/g")).isEqualTo(Content.synthetic(5000, 1));
    assertThat(copy.treeSize()).isEqualTo(5001);
    copy.append("/d/f", Content.of("x"));
    assertThat(copy.content("/d/g").size()).isEqualTo(5001);
  }

  @Test
  void walk_isInTarOrder() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.writeFile("/a-b", Content.of(""), 0644, 0, 0);
    fs.writeFile("/a/b/c", Content.of(""), 0644, 0, 0);
    assertThat(fs.walk("/").map(Entry::path))
        .containsExactly("/", "/a", "/a/b", "/a/b/c", "/a-b");
  }

  @Test
  void touch_missingFile_createsEmptyFile() {
    fs.touch("/t");
    assertThat(fs.stat("/t").orElseThrow().size()).isZero();
    assertThat(fs.stat("/t").orElseThrow().mode()).isEqualTo(0644);
  }

  @Test
  void aDirectoryReplacedByASymlink_isFollowed_afterFilesWereWrittenThroughItsOldPath() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.writeFile("/a/b/f", Content.of("1"), 0644, 0, 0);
    fs.deleteRecursive("/a");
    fs.mkdirs("/c/b", 0755, 0, 0);
    fs.symlink("/a", "/c", 0, 0);
    fs.writeFile("/a/b/g", Content.of("2"), 0644, 0, 0);
    assertThat(fs.resolve("/a/b/g")).isEqualTo("/c/b/g");
    assertThat(fs.exists("/c/b/g")).isTrue();
  }

  @Test
  void aRenamedDirectory_isNotFoundUnderItsOldPath() {
    fs.mkdirs("/a/b", 0755, 0, 0);
    fs.writeFile("/a/b/f", Content.of("1"), 0644, 0, 0);
    fs.rename("/a", "/d");
    assertThatThrownBy(() -> fs.writeFile("/a/b/g", Content.of("2"), 0644, 0, 0))
        .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.kind()).isEqualTo(FsException.Kind.NOT_FOUND));
    fs.writeFile("/d/b/g", Content.of("2"), 0644, 0, 0);
    assertThat(fs.list("/d/b")).containsExactly("f", "g");
  }

  @Test
  void aSymlinkAsTheLastComponent_isFollowedOnlyWhenAsked_inAKnownDirectory() {
    fs.mkdirs("/d", 0755, 0, 0);
    fs.writeFile("/d/real", Content.of("x"), 0644, 0, 0);
    fs.symlink("/d/link", "real", 0, 0);
    assertThat(fs.resolve("/d/link")).isEqualTo("/d/real");
    assertThat(fs.stat("/d/link").orElseThrow().type()).isEqualTo(EntryType.SYMLINK);
  }
}
