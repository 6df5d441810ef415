package dev.layerlab.build.copy;

import static dev.layerlab.build.copy.Layers.busybox;
import static dev.layerlab.build.copy.Layers.describe;
import static dev.layerlab.build.copy.Layers.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRulesTest {
  private final SimFs fs = busybox();

  private static BuildContext ctx(String... pathsAndTexts) {
    BuildContext.Builder b = BuildContext.builder();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      b.file(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return b.build();
  }

  private CopyOutcome copy(BuildContext c, CopyRequest r) {
    return CopyOperation.apply(SourceTree.of(c), fs, r);
  }

  private Entry at(String path) {
    return fs.stat(path).orElseThrow(() -> new AssertionError(path + " missing"));
  }

  @Test
  void copy_withSeveralSources_andNoTrailingSlash_isBuildKitsError() {
    assertThatThrownBy(() -> copy(ctx("a", "1", "b", "2"), CopyRequest.copy("/etc", "a", "b")))
        .isInstanceOf(CopyException.class)
        .hasMessage("When using COPY with more than one source file, the destination must be a "
            + "directory and end with a /");
  }

  @Test
  void copy_wildcardMatchingSeveral_toANewNonDirectoryDest_isAnError_butOneMatchRenames() {
    BuildContext c = ctx("a.jar", "1", "b.jar", "2", "one.war", "3");
    assertThatThrownBy(() -> copy(c, CopyRequest.copy("/app.jar", "*.jar")))
        .isInstanceOf(CopyException.class);
    copy(c, CopyRequest.copy("/app.war", "*.war"));
    assertThat(at("/app.war").isFile()).isTrue();
  }

  @Test
  void copy_relativeDest_isRelativeToTheWorkdir_andDotMeansTheWorkdirItself() {
    BuildContext c = ctx("a.txt", "a");
    copy(c, CopyRequest.copy("sub/b.txt", "a.txt").withWorkdir("/w"));
    copy(c, CopyRequest.copy(".", "a.txt").withWorkdir("/w"));
    assertThat(at("/w/sub/b.txt").isFile()).isTrue();
    assertThat(at("/w/a.txt").isFile()).isTrue();
  }

  @Test
  void copy_dotDotCannotLeaveTheContext_itMeansTheContextRoot() {
    BuildContext c = ctx("x", "inside");
    copy(c, CopyRequest.copy("/x", "../../x"));
    assertThat(fs.content("/x")).isEqualTo(Content.of("inside"));
    assertThatThrownBy(() -> copy(c, CopyRequest.copy("/y", "../etc/passwd")))
        .hasMessageEndingWith("\"/etc/passwd\": not found");
  }

  @Test
  void copy_throughASymlinkLeavingTheContext_isRefused() {
    BuildContext c = BuildContext.builder().symlink("out", "../../etc").symlink("abs", "/etc/passwd")
        .build();
    assertThatThrownBy(() -> copy(c, CopyRequest.copy("/x/", "out/passwd")))
        .isInstanceOfSatisfying(CopyException.class,
            e -> assertThat(e.kind()).isEqualTo(CopyException.Kind.OUTSIDE_CONTEXT));
    assertThatThrownBy(() -> copy(c, CopyRequest.copy("/x/", "abs")))
        .isInstanceOf(CopyException.class);
  }

  @Test
  void copy_aSymlinkInsideACopiedDirectory_isCopiedAsALinkEvenIfItPointsOut() {
    BuildContext c = BuildContext.builder().symlink("d/out", "/etc/passwd").build();
    copy(c, CopyRequest.copy("/d", "d"));
    assertThat(at("/d/out").linkTarget()).contains("/etc/passwd");
  }

  @Test
  void chown_byName_takesThePrimaryGroupFromPasswd() {
    copy(ctx("a", "1"), CopyRequest.copy("/a", "a").withChown("app"));
    assertThat(at("/a").uid()).isEqualTo(1000);
    assertThat(at("/a").gid()).isEqualTo(1001);
  }

  @Test
  void chown_numericUserAlone_usesTheSameNumberAsGid_andGroupNamesComeFromEtcGroup() {
    copy(ctx("a", "1", "b", "2"), CopyRequest.copy("/a", "a").withChown("42"));
    copy(ctx("a", "1", "b", "2"), CopyRequest.copy("/b", "b").withChown("app:staff"));
    assertThat(List.of(at("/a").uid(), at("/a").gid(), at("/b").uid(), at("/b").gid()))
        .containsExactly(42, 42, 1000, 50);
  }

  @Test
  void chown_unknownUserOrGroup_isAnError() {
    assertThatThrownBy(() -> copy(ctx("a", "1"), CopyRequest.copy("/a", "a").withChown("nobody")))
        .hasMessage("unable to convert uid/gid chown string to host mapping: can't find uid for "
            + "user nobody: no such user: nobody");
    assertThatThrownBy(() -> copy(ctx("a", "1"), CopyRequest.copy("/a", "a").withChown("0:wheel")))
        .hasMessageContaining("can't find gid for group wheel: no such group: wheel");
  }

  @Test
  void chmod_symbolic_isAppliedToEachSourceMode() {
    BuildContext c = BuildContext.builder().file("d/run", Content.of("x"), 0744)
        .file("d/data", Content.of("y"), 0600).build();
    copy(c, CopyRequest.copy("/d", "d").withChmod("u=rwX,go=rX"));
    assertThat(at("/d/run").mode()).isEqualTo(0755);
    assertThat(at("/d/data").mode()).isEqualTo(0644);
    assertThat(at("/d").mode()).isEqualTo(0755);
  }

  @Test
  void chmod_invalid_isAnError() {
    assertThatThrownBy(() -> copy(ctx("a", "1"), CopyRequest.copy("/a", "a").withChmod("999")))
        .isInstanceOf(CopyException.class).hasMessageContaining("invalid chmod parameter");
  }

  @Test
  void copy_newDirectoryTakesTheSourceMode_existingTopLevelDirectoryKeepsItsOwn() {
    BuildContext c = BuildContext.builder().dir("priv", 0700).file("priv/k", Content.of("k"), 0600)
        .dir("tree", 0755).dir("tree/tmp", 0700).build();
    copy(c, CopyRequest.copy("/p", "priv"));
    copy(c, CopyRequest.copy("/p2/", "priv"));
    copy(c, CopyRequest.copy("/", "tree"));
    assertThat(at("/p").mode()).isEqualTo(0700);
    assertThat(at("/p2").mode()).isEqualTo(0755);
    assertThat(at("/tmp").mode()).isEqualTo(0700);
  }

  @Test
  void parents_keepsTheSourcePathBelowTheRoot() {
    BuildContext c = ctx("a/b/c.txt", "c", "a/x/c.txt", "x");
    copy(c, CopyRequest.copy("/dest/", "a/*/c.txt").withParents(true));
    assertThat(at("/dest/a/b/c.txt").isFile()).isTrue();
    assertThat(at("/dest/a/x/c.txt").isFile()).isTrue();
  }

  @Test
  void parents_withAPivot_keepsOnlyThePathAfterIt() {
    copy(ctx("a/b/c.txt", "c"), CopyRequest.copy("/dest/", "a/./b/c.txt").withParents(true));
    assertThat(at("/dest/b/c.txt").isFile()).isTrue();
  }

  @Test
  void exclude_skipsMatchingSources_andPathsInsideDirectories() {
    BuildContext c = ctx("src/a.txt", "a", "src/b.md", "b", "src/sub/c.txt", "c", "top.txt", "t");
    copy(c, CopyRequest.copy("/app/", "src", "top.txt").withExcludes(List.of("*.txt")));
    assertThat(fs.exists("/app/a.txt")).isFalse();
    assertThat(fs.exists("/app/top.txt")).isFalse();
    assertThat(fs.exists("/app/b.md")).isTrue();
    assertThat(fs.exists("/app/sub/c.txt")).isTrue();
  }

  @Test
  void wildcards_useGoMatchSyntax_andAreSortedLexically() {
    BuildContext c = ctx("f1", "1", "f2", "2", "fa", "a", "g[1]", "g");
    CopyOutcome o = copy(c, CopyRequest.copy("/d/", "f[0-9]", "g\\[1]"));
    assertThat(o.copied()).extracting(CopyOutcome.Copied::source).containsExactly("/f1", "/f2", "/g[1]");
    assertThat(GoGlob.matches("[^a]?", "b1")).isTrue();
    assertThatThrownBy(() -> GoGlob.matches("[", "x")).isInstanceOf(CopyException.class);
  }

  @Test
  void outcome_listsEachSource_withItsSizeAndAContentDigest() {
    BuildContext c = ctx("d/a", "12", "d/b", "345");
    CopyOutcome o = copy(c, CopyRequest.copy("/x/", "d"));
    assertThat(o.copied()).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo("/d");
      assertThat(r.dest()).isEqualTo("/x");
      assertThat(r.size()).isEqualTo(5);
      assertThat(r.digest()).startsWith("sha256:");
    });
    CopyOutcome again = CopyOperation.apply(SourceTree.of(c), busybox(), CopyRequest.copy("/x/", "d"));
    assertThat(again.copied().get(0).digest()).isEqualTo(o.copied().get(0).digest());
  }

  @Test
  void copyFrom_anotherStagesFilesystem_followsItsLinksInsideIt() {
    SimFs stage = busybox();
    stage.mkdirs("/src", 0755, 0, 0);
    stage.writeFile("/src/out.txt", Content.of("built\n"), 0640, 0, 0);
    stage.symlink("/current", "/src", 0, 0);
    LayerDiff layer = step(fs, SourceTree.of(stage, "build"), CopyRequest.copy("/out.txt", "/current/out.txt"));
    assertThat(describe(layer)).containsExactly("out.txt file 6 0640 0:0");
    assertThatThrownBy(() -> CopyOperation.apply(SourceTree.of(stage, "build"), fs,
        CopyRequest.copy("/", "/nope"))).hasMessageEndingWith("\"/nope\": not found");
  }

  @Test
  void bigFiles_staySynthetic_andTenThousandFilesCopyQuickly() {
    BuildContext.Builder b = BuildContext.builder();
    for (int i = 0; i < 10_000; i++) {
      b.file("m/d" + (i % 100) + "/f" + i, Content.synthetic(5_000_000, i), 0644);
    }
    BuildContext c = b.build();
    long start = System.nanoTime();
    fs.beginStep();
    CopyOutcome o = copy(c, CopyRequest.copy("/m/", "m"));
    fs.endStep();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    assertThat(o.size()).isEqualTo(50_000_000_000L);
    assertThat(fs.content("/m/d7/f7")).isEqualTo(Content.synthetic(5_000_000, 7));
  }

  @Test
  void heredocFiles_areCopiedLikeSourcesWithMode0644() {
    CopyRequest r = CopyRequest.copy("/etc/app/").withInlineFiles(
        List.of(new CopyRequest.InlineFile("app.conf", "key=value\n")));
    copy(ctx(), r);
    assertThat(at("/etc/app/app.conf").mode()).isEqualTo(0644);
    assertThat(fs.content("/etc/app/app.conf")).isEqualTo(Content.of("key=value\n"));
  }
}
