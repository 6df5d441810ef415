package dev.layerlab.shell.applet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.Content;
import dev.layerlab.shell.ShellResult;
import org.junit.jupiter.api.Test;

class TextAppletsTest extends AppletTestBase {
  @Test
  void echo_busyboxFlags() {
    assertThat(out("echo -n a; echo b")).isEqualTo("ab\n");
    assertThat(out("echo -e 'x\\ty'")).isEqualTo("x\ty\n");
    assertThat(out("echo 'x\\ty'")).isEqualTo("x\\ty\n");
  }

  @Test
  void echo_onDebianDash_alwaysExpandsEscapes() {
    fs.delete("/bin/busybox");
    fs.delete("/bin/sh");
    fs.writeFile("/bin/sh", Content.synthetic(100_000, 1), 0755, 0, 0);
    assertThat(out("echo 'a\\nb'; echo -e x")).isEqualTo("a\nb\n-e x\n");
  }

  @Test
  void printf_formatsAndReusesTheFormat() {
    assertThat(out("printf '%s=%d\\n' a 1 b 2")).isEqualTo("a=1\nb=2\n");
    assertThat(out("printf '%5s|%-3s|%03d|%x|%%\\n' ab c 7 255")).isEqualTo("   ab|c  |007|ff|%\n");
    assertThat(out("printf '%b' 'x\\ny\\n'")).isEqualTo("x\ny\n");
    assertThat(out("printf 'no newline'")).isEqualTo("no newline");
  }

  @Test
  void test_fileStringAndIntegerOperators() {
    file("/f", "x");
    file("/empty", "");
    String script = "for e in '-f /f' '-d /tmp' '-e /nope' '-s /f' '-s /empty' '-z \"\"' '-n x' 'a = a' 'a != a' "
        + "'3 -lt 5' '3 -gt 5' '! -e /nope' '-f /f -a -d /tmp' '-e /nope -o -e /f'; do "
        + "eval \"[ $e ]\" && echo y || echo n; done";
    assertThat(out(script).replace("\n", "")).isEqualTo("yynynyyynynyyy");
  }

  @Test
  void test_misuse_isStatus2WithMessage() {
    ShellResult r = run("[ a -eq 1 ]");
    assertThat(r.output()).isEqualTo("[: Illegal number: a\n");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(out("[ -f /x; echo $?")).isEqualTo("[: missing ]\n2\n");
  }

  @Test
  void headAndTail_linesAndBytes() {
    file("/n", "1\n2\n3\n4\n5\n");
    assertThat(out("head -n 2 /n")).isEqualTo("1\n2\n");
    assertThat(out("head -2 /n")).isEqualTo("1\n2\n");
    assertThat(out("tail -n 2 /n")).isEqualTo("4\n5\n");
    assertThat(out("tail -n +4 /n")).isEqualTo("4\n5\n");
    assertThat(out("head -c 3 /n")).isEqualTo("1\n2");
    assertThat(out("cat /n | tail -1")).isEqualTo("5\n");
  }

  @Test
  void headOfSyntheticFile_staysSynthetic() {
    fs.writeFile("/big", Content.synthetic(1L << 30, 5), 0644, 0, 0);
    run("head -c 1048576000 /big > /part");
    assertThat(fs.content("/part")).isInstanceOf(Content.Synthetic.class);
    assertThat(fs.content("/part").size()).isEqualTo(1048576000L);
  }

  @Test
  void wc_countsLinesWordsBytes() {
    file("/w", "a b\nc\n");
    assertThat(out("wc -l < /w")).isEqualTo("2\n");
    assertThat(out("wc -l /w")).isEqualTo("      2 /w\n");
    assertThat(out("wc /w")).isEqualTo("      2       3       6 /w\n");
    assertThat(out("dd if=/dev/zero bs=1M count=3 2>/dev/null | wc -c")).isEqualTo("3145728\n");
  }

  @Test
  void sed_inPlaceSubstitution_keepsModeAndOwner() {
    fs.writeFile("/c", Content.of("port=80\nhost=a\nport=81\n"), 0600, 1000, 1000);
    run("sed -i 's/port=8/port=9/g' /c");
    assertThat(text("/c")).isEqualTo("port=90\nhost=a\nport=91\n");
    assertThat(stat("/c").mode()).isEqualTo(0600);
    assertThat(stat("/c").uid()).isEqualTo(1000);
  }

  @Test
  void sed_onStdin_withGroupsAddressesAndDelete() {
    assertThat(out("echo 'hello world' | sed 's/\\(hello\\) \\(world\\)/\\2 \\1/'")).isEqualTo("world hello\n");
    assertThat(out("printf 'a\\nb\\nc\\n' | sed '2d'")).isEqualTo("a\nc\n");
    assertThat(out("printf 'a\\nb\\nc\\n' | sed -n '/b/p'")).isEqualTo("b\n");
    assertThat(out("printf 'a\\nb\\n' | sed -e 's/a/A/' -e 's/b/B/'")).isEqualTo("A\nB\n");
    assertThat(out("echo aaa | sed 's/a/b/2'")).isEqualTo("aba\n");
    assertThat(out("echo x | sed -E 's/(x)+/[&]/'")).isEqualTo("[x]\n");
    assertThat(out("echo path | sed 's|path|/usr/bin|'")).isEqualTo("/usr/bin\n");
  }

  @Test
  void grep_flagsAndStatus() {
    file("/g", "Alpha\nbeta\ngamma\n");
    assertThat(out("grep a /g")).isEqualTo("Alpha\nbeta\ngamma\n");
    assertThat(out("grep -i alpha /g")).isEqualTo("Alpha\n");
    assertThat(out("grep -v a /g; echo $?")).isEqualTo("1\n");
    assertThat(out("grep -c m /g")).isEqualTo("1\n");
    assertThat(out("grep -q beta /g && echo found")).isEqualTo("found\n");
    assertThat(out("grep -n '^g' /g")).isEqualTo("3:gamma\n");
    assertThat(out("grep -E 'al|be' /g")).isEqualTo("beta\n");
    assertThat(out("grep x /nope; echo $?")).isEqualTo("grep: /nope: No such file or directory\n2\n");
  }

  @Test
  void sortAndUniq() {
    assertThat(out("printf '10\\n9\\n2\\n' | sort")).isEqualTo("10\n2\n9\n");
    assertThat(out("printf '10\\n9\\n2\\n' | sort -n")).isEqualTo("2\n9\n10\n");
    assertThat(out("printf 'b\\na\\nb\\n' | sort -ru")).isEqualTo("b\na\n");
    assertThat(out("printf 'a\\na\\nb\\n' | uniq")).isEqualTo("a\nb\n");
    assertThat(out("printf 'a\\na\\nb\\n' | uniq -d")).isEqualTo("a\n");
  }

  @Test
  void basenameAndDirname() {
    assertThat(out("basename /usr/lib/x.so .so; dirname /usr/lib/x.so; dirname x; basename /a/b/")).isEqualTo("x\n/usr/lib\n.\nb\n");
  }

  @Test
  void envIdWhoamiUname() {
    assertThat(out("env A=1 sh -c 'echo $A'")).isEqualTo("1\n");
    assertThat(out("id -u; id -un; whoami")).isEqualTo("0\nroot\nroot\n");
    assertThat(out("uname; uname -m; uname -n")).isEqualTo("Linux\nx86_64\nbuildkitsandbox\n");
  }

  @Test
  void whichFindsProgramsOnPath() {
    assertThat(out("which ls nope; echo $?")).isEqualTo("/bin/ls\n1\n");
  }

  @Test
  void teeAndSeqAndXargs() {
    assertThat(out("seq 3 | tee /tmp/t | xargs echo")).isEqualTo("1 2 3\n");
    assertThat(text("/tmp/t")).isEqualTo("1\n2\n3\n");
    assertThat(out("printf 'a b' | xargs -n 1 echo x")).isEqualTo("x a\nx b\n");
  }

  @Test
  void unknownOption_busyboxMessage() {
    assertThat(out("rm -z /x")).isEqualTo("rm: invalid option -- 'z'\n");
  }

  @Test
  void cutAndTr() {
    assertThat(out("cut -d: -f1,3 /etc/passwd")).isEqualTo("root:0\napp:1000\n");
    assertThat(out("echo abcdef | cut -c 2-4")).isEqualTo("bcd\n");
    assertThat(out("echo 'a,b' | tr ',' '\\n'")).isEqualTo("a\nb\n");
    assertThat(out("echo Hello | tr a-z A-Z; echo hello | tr -d l; echo aaab | tr -s a")).isEqualTo("HELLO\nheo\nab\n");
  }

  @Test
  void date_isSimulatedFromSourceDateEpoch() {
    assertThat(out("date +%s; date +%F; SOURCE_DATE_EPOCH=86400 date '+%Y-%m-%d %H:%M'"))
        .isEqualTo("0\n1970-01-01\n1970-01-02 00:00\n");
  }

  @Test
  void stat_formats() {
    assertThat(out("stat -c '%a %U %s %F' /etc/passwd")).isEqualTo("644 root 65 regular file\n");
  }

  @Test
  void install_copiesWithModeAndMakesDirectories() {
    file("/tmp/tool", "bin");
    run("install -m 750 -o app /tmp/tool /usr-local-tool; install -d -m 700 /opt/x/y; install -D /tmp/tool /a/b/c");
    assertThat(stat("/usr-local-tool").mode()).isEqualTo(0750);
    assertThat(stat("/usr-local-tool").uid()).isEqualTo(1000);
    assertThat(stat("/opt/x/y").mode()).isEqualTo(0700);
    assertThat(text("/a/b/c")).isEqualTo("bin");
  }

  @Test
  void readlinkAndRealpath() {
    run("ln -s /etc /e");
    assertThat(out("readlink /e; readlink -f /e/passwd; realpath /e")).isEqualTo("/etc\n/etc/passwd\n/etc\n");
  }
}
