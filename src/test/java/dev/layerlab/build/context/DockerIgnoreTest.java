package dev.layerlab.build.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

  @Test
  void commentsBlankLinesAndWhitespace_areSkippedOrTrimmed() {
    DockerIgnore i = DockerIgnore.parse("# a comment\n\n   build  \n \t\n");
    assertThat(i.patterns()).containsExactly("build");
    assertThat(i.excludes("build")).isTrue();
    assertThat(i.excludes("# a comment")).isFalse();
  }

  @Test
  void patterns_areCleaned_andALeadingSlashDropped() {
    assertThat(DockerIgnore.parse("/a/../b/\n./c//d\n!/e/").patterns())
        .containsExactly("b", "c/d", "!e");
  }

  @Test
  void star_doesNotCrossSlash_butDoubleStarDoes() {
    DockerIgnore i = DockerIgnore.parse("*.log\n**/*.tmp\n");
    assertThat(i.excludes("debug.log")).isTrue();
    assertThat(i.excludes("sub/debug.log")).isFalse();
    assertThat(i.excludes("top.tmp")).isTrue();
    assertThat(i.excludes("a/b/c.tmp")).isTrue();
  }

  @Test
  void questionMarkClassesAndEscapes_matchLikeFilepathMatch() {
    DockerIgnore i = DockerIgnore.parse("file?.txt\n[a-c]x\n[^z]y\nlit\\*\n");
    assertThat(i.excludes("file1.txt")).isTrue();
    assertThat(i.excludes("file10.txt")).isFalse();
    assertThat(i.excludes("bx")).isTrue();
    assertThat(i.excludes("dx")).isFalse();
    assertThat(i.excludes("ay")).isTrue();
    assertThat(i.excludes("zy")).isFalse();
    assertThat(i.excludes("lit*")).isTrue();
    assertThat(i.excludes("litx")).isFalse();
  }

  @Test
  void lastMatchingPatternWins_andExceptionsReinclude() {
    DockerIgnore i = DockerIgnore.parse("*.md\n!README.md\nREADME*\n");
    assertThat(i.excludes("a.md")).isTrue();
    assertThat(i.excludes("README.md")).isTrue();
    DockerIgnore j = DockerIgnore.parse("*.md\n!README.md\n");
    assertThat(j.excludes("README.md")).isFalse();
  }

  @Test
  void aPatternMatchingAParentDirectory_excludesEverythingBelow() {
    DockerIgnore i = DockerIgnore.parse("secret/\n");
    assertThat(i.excludes("secret")).isTrue();
    assertThat(i.excludes("secret/a/b/key")).isTrue();
    assertThat(i.excludes("secrets")).isFalse();
  }

  @Test
  void anExceptionBelowAnExcludedDirectory_reincludesIt_andTheWalkMustDescend() {
    DockerIgnore i = DockerIgnore.parse("docs\n!docs/keep.md\n");
    assertThat(i.excludes("docs/other.md")).isTrue();
    assertThat(i.excludes("docs/keep.md")).isFalse();
    assertThat(i.mayReincludeBelow("docs")).isTrue();
    assertThat(i.mayReincludeBelow("src")).isFalse();
  }

  @Test
  void trailingDoubleStar_matchesEverythingBelow() {
    DockerIgnore i = DockerIgnore.parse("node_modules/**\n");
    assertThat(i.excludes("node_modules/a/b.js")).isTrue();
  }
}
