package dev.layerlab.build.copy;

import static dev.layerlab.build.copy.Layers.busybox;
import static dev.layerlab.build.copy.Layers.describe;
import static dev.layerlab.build.copy.Layers.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The COPY/ADD layers a real BuildKit (dockerd 20.10) produced for the project's recorded scenarios;
 * each expectation is copied from that scenario's {@code expected.json} (modes without the tar
 * type bits, sizes as in the tar headers, which give 0 for symlinks where we count the target).
 */
class RecordedScenariosTest {

  private static BuildContext ctx(String... pathsAndTexts) {
    BuildContext.Builder b = BuildContext.builder();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      b.file(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return b.build();
  }

  @Test
  void copyChmod_setsTheModeAndCreatesParentsAs0755() {
    SimFs fs = busybox();
    BuildContext c = ctx("tool.sh", "echo tool\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/usr/local/bin/", "tool.sh").withChmod("755"))))
        .containsExactly("usr dir 0 0755 0:0", "usr/local dir 0 0755 0:0",
            "usr/local/bin dir 0 0755 0:0", "usr/local/bin/tool.sh file 10 0755 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/secret/tool.sh", "tool.sh").withChmod("600"))))
        .containsExactly("secret dir 0 0755 0:0", "secret/tool.sh file 10 0600 0:0");
  }

  @Test
  void copyChown_ownsTheFilesAndTheCreatedDestinationDirectory() {
    SimFs fs = busybox();
    BuildContext c = BuildContext.builder().file("a.txt", "aaa\n").dir("d", 0755)
        .file("d/f.txt", "f\n").build();
    assertThat(describe(step(fs, c, CopyRequest.copy("/app/", "a.txt").withChown("1000:1000"))))
        .containsExactly("app dir 0 0755 1000:1000", "app/a.txt file 4 0644 1000:1000");
    assertThat(describe(step(fs, c, CopyRequest.copy("/owned/", "d").withChown("1000:1000"))))
        .containsExactly("owned dir 0 0755 1000:1000", "owned/f.txt file 2 0644 1000:1000");
  }

  @Test
  void copyDestExistingDirNoSlash_goesIntoTheDirectory_orReplacesTheFile() {
    SimFs fs = busybox();
    BuildContext c = ctx("a.txt", "abc\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/tmp", "a.txt"))))
        .containsExactly("tmp dir 0 1777 0:0", "tmp/a.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/etc/hosts", "a.txt"))))
        .containsExactly("etc dir 0 0755 0:0", "etc/hosts file 4 0644 0:0");
  }

  @Test
  void copyDirContents_copiesTheContentsWithOrWithoutSlash() {
    SimFs fs = busybox();
    BuildContext c = ctx("src/x.txt", "x\n", "src/sub/y.txt", "yy\n");
    List<String> want = List.of("%s dir 0 0755 0:0", "%s/sub dir 0 0755 0:0",
        "%s/sub/y.txt file 3 0644 0:0", "%s/x.txt file 2 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/app", "src"))))
        .containsExactlyElementsOf(want.stream().map(w -> w.formatted("app")).toList());
    assertThat(describe(step(fs, c, CopyRequest.copy("/app2/", "src"))))
        .containsExactlyElementsOf(want.stream().map(w -> w.formatted("app2")).toList());
  }

  @Test
  void copyFileNewName_renamesTheFile() {
    SimFs fs = busybox();
    BuildContext c = ctx("a.txt", "abc\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/dest/renamed.txt", "a.txt"))))
        .containsExactly("dest dir 0 0755 0:0", "dest/renamed.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/newname", "a.txt"))))
        .containsExactly("newname file 4 0644 0:0");
  }

  @Test
  void copyFileToDirSlash_andIntoExistingDir_keepTheBaseName() {
    SimFs fs = busybox();
    BuildContext c = ctx("a.txt", "abc\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/dest/", "a.txt"))))
        .containsExactly("dest dir 0 0755 0:0", "dest/a.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/etc/", "a.txt"))))
        .containsExactly("etc dir 0 0755 0:0", "etc/a.txt file 4 0644 0:0");
  }

  @Test
  void copyMultiSrc_flattensDirectoryContentsBesideTheFiles() {
    SimFs fs = busybox();
    BuildContext c = ctx("a.txt", "a\n", "b.txt", "bb\n", "dir/c.txt", "c\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/multi/", "a.txt", "b.txt", "dir"))))
        .containsExactly("multi dir 0 0755 0:0", "multi/a.txt file 2 0644 0:0",
            "multi/b.txt file 3 0644 0:0", "multi/c.txt file 2 0644 0:0");
  }

  @Test
  void copySymlinkInContext_followsATopLevelLink_andKeepsLinksInsideADirectory() {
    SimFs fs = busybox();
    BuildContext c = BuildContext.builder().symlink("link.txt", "real.txt").file("real.txt", "real\n")
        .symlink("tree/l", "t.txt").file("tree/t.txt", "t\n").build();
    assertThat(describe(step(fs, c, CopyRequest.copy("/x/", "link.txt"))))
        .containsExactly("x dir 0 0755 0:0", "x/link.txt file 5 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/tree", "tree"))))
        .containsExactly("tree dir 0 0755 0:0", "tree/l symlink 5 0777 0:0 -> t.txt",
            "tree/t.txt file 2 0644 0:0");
  }

  @Test
  void copyUpScenarios_copyLayers() {
    SimFs fs = busybox();
    BuildContext c = ctx("b.txt", "bbb\n", "run.sh", "#!/bin/sh\necho running\n",
        "data.txt", "some data\n\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/app/b.txt", "b.txt"))))
        .containsExactly("app dir 0 0755 0:0", "app/b.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/app/", "run.sh"))))
        .containsExactly("app dir 0 0755 0:0", "app/run.sh file 23 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/app/", "data.txt"))))
        .containsExactly("app dir 0 0755 0:0", "app/data.txt file 11 0644 0:0");
  }

  @Test
  void copyWildcard_copiesOnlyTheMatches_sorted() {
    SimFs fs = busybox();
    BuildContext c = ctx("one.txt", "1\n", "three.md", "33\n", "two.txt", "22\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/docs/", "*.txt"))))
        .containsExactly("docs dir 0 0755 0:0", "docs/one.txt file 2 0644 0:0",
            "docs/two.txt file 3 0644 0:0");
  }

  @Test
  void failCopyWildcardNoMatch_succeedsWithAnEmptyLayer() {
    SimFs fs = busybox();
    BuildContext c = ctx("present.txt", "p\n");
    assertThat(step(fs, c, CopyRequest.copy("/dest/", "*.nothing")).entries()).isEmpty();
  }

  @Test
  void failCopyMissing_isBuildKitsNotFound() {
    SimFs fs = busybox();
    BuildContext c = ctx("present.txt", "p\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/", "present.txt"))))
        .containsExactly("present.txt file 2 0644 0:0");
    fs.beginStep();
    assertThatThrownBy(() -> CopyOperation.apply(SourceTree.of(c), fs,
        CopyRequest.copy("/dest/", "missing.txt")))
        .isInstanceOfSatisfying(CopyException.class,
            e -> assertThat(e.kind()).isEqualTo(CopyException.Kind.NOT_FOUND))
        .hasMessageStartingWith("failed to compute cache key: failed to calculate checksum of ref ")
        .hasMessageEndingWith(": \"/missing.txt\": not found");
  }

  @Test
  void envArgInPaths_relativeDestIsBelowTheWorkdir() {
    SimFs fs = busybox();
    fs.beginStep();
    fs.mkdirs("/srv/app", 0755, 0, 0);
    assertThat(describe(fs.endStep())).containsExactly("srv dir 0 0755 0:0", "srv/app dir 0 0755 0:0");
    BuildContext c = ctx("a.txt", "abc\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/d/", "a.txt").withWorkdir("/srv/app"))))
        .containsExactly("d dir 0 0755 0:0", "d/a.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("./", "a.txt").withWorkdir("/srv/app"))))
        .containsExactly("srv dir 0 0755 0:0", "srv/app dir 0 0755 0:0",
            "srv/app/a.txt file 4 0644 0:0");
  }

  @Test
  void scratchCopyOnly_worksOnAnEmptyRoot() {
    SimFs fs = SimFs.create();
    BuildContext c = ctx("a.txt", "abc\n", "dir/b.txt", "b\n");
    assertThat(describe(step(fs, c, CopyRequest.copy("/", "a.txt"))))
        .containsExactly("a.txt file 4 0644 0:0");
    assertThat(describe(step(fs, c, CopyRequest.copy("/dir/", "dir"))))
        .containsExactly("dir dir 0 0755 0:0", "dir/b.txt file 2 0644 0:0");
  }

  @Test
  void dockerignorePatterns_copyDotKeepsOnlyWhatIsNotIgnored() {
    SimFs fs = busybox();
    DockerIgnore ignore = DockerIgnore.parse("# comment line\nDockerfile\n.dockerignore\n*.log\n"
        + "!keep.log\n**/*.tmp\nsecret/\ndocs/**/draft.md\n");
    BuildContext c = BuildContext.builder().file(".dockerignore", "x").file("Dockerfile", "FROM x")
        .file("debug.log", "d\n").file("docs/a/b/draft.md", "d\n").file("docs/a/readme.md", "r\n")
        .file("docs/draft.md", "d\n").file("keep.log", "k\n").file("main.txt", "m\n")
        .file("secret/key", "k\n").file("sub/deep/x.tmp", "x\n").file("sub/s.txt", "s\n")
        .file("top.tmp", "t\n").ignore(ignore).build();
    assertThat(describe(step(fs, c, CopyRequest.copy("/app/", "."))))
        .containsExactly("app dir 0 0755 0:0", "app/docs dir 0 0755 0:0",
            "app/docs/a dir 0 0755 0:0", "app/docs/a/b dir 0 0755 0:0",
            "app/docs/a/readme.md file 2 0644 0:0", "app/keep.log file 2 0644 0:0",
            "app/main.txt file 2 0644 0:0", "app/sub dir 0 0755 0:0",
            "app/sub/deep dir 0 0755 0:0", "app/sub/s.txt file 2 0644 0:0");
    assertThat(c.builderFile("Dockerfile")).isPresent();
    assertThat(c.get("Dockerfile")).isEmpty();
  }

  private static final List<String> PKG = List.of("opt dir 0 0755 0:0", "opt/pkg dir 0 0755 0:0",
      "opt/pkg/README file 7 0644 0:0", "opt/pkg/README.link symlink 6 0777 0:0 -> README",
      "opt/pkg/bin dir 0 0755 0:0", "opt/pkg/bin/tool file 10 0755 0:0",
      "opt/pkg/share dir 0 0755 0:0", "opt/pkg/share/data.txt file 5 0644 0:0");

  @Test
  void addLocalTar_extractsWithTheArchivesModesAndLinks() throws IOException {
    SimFs fs = busybox();
    BuildContext c = BuildContext.builder().file("files.tar", resource("files.tar"), 0644).build();
    assertThat(describe(step(fs, c, CopyRequest.add("/opt/", "files.tar")))).containsExactlyElementsOf(PKG);
  }

  @Test
  void addLocalTarGz_extracts_butCopyKeepsTheArchive() throws IOException {
    SimFs fs = busybox();
    BuildContext c = BuildContext.builder().file("files.tar.gz", resource("files.tar.gz"), 0644).build();
    assertThat(describe(step(fs, c, CopyRequest.add("/opt/", "files.tar.gz"))))
        .containsExactlyElementsOf(PKG);
    assertThat(describe(step(fs, c, CopyRequest.copy("/copied/", "files.tar.gz"))))
        .containsExactly("copied dir 0 0755 0:0", "copied/files.tar.gz file 242 0644 0:0");
  }

  static Content resource(String name) throws IOException {
    try (InputStream in = RecordedScenariosTest.class.getResourceAsStream("/copy/" + name)) {
      return Content.of(in.readAllBytes());
    }
  }
}
