package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.SimFs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ExpansionTest {
  private final SimFs fs = TestImages.alpine();

  private String out(String script) {
    return Shell.run(script, ShellContext.of(fs).withEnv(Map.of("NAME", "world", "FILE", "archive.tar.gz"))).output();
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
    return java.util.stream.Stream.of(
        split("echo $NAME ${NAME}|world world"),
        split("echo ${UNSET:-fallback} ${NAME:-fallback}|fallback world"),
        split("echo ${UNSET:=set}; echo $UNSET|set\nset"),
        split("echo [${NAME:+alt}] [${UNSET:+alt}]|[alt] []"),
        split("echo ${#NAME}|5"),
        split("echo ${FILE#*.} ${FILE##*.} ${FILE%.*} ${FILE%%.*}|tar.gz gz archive.tar archive"),
        split("echo \"a  b\" a  b|a  b a b"),
        split("echo 'it''s' \"q\\\"uote\"|its q\"uote"),
        split("echo \\$NAME \\\\|$NAME \\"),
        split("echo $((7 / 2)) $((1 << 4)) $(( (2+3) * 4 )) $((10 % 3)) $((-3 + 1))|3 16 20 1 -2"),
        split("x=5; echo $((x * 2)) $(($x + 1))|10 6"),
        split("echo $(echo a; echo b)|a b"),
        split("echo \"$(printf 'a\\nb\\n\\n')\"|a\nb"),
        split("echo `echo back` $(echo $(echo nested))|back nested"),
        split("false; echo $?; true; echo $?|1\n0"),
        split("echo ~ ~/x|/root /root/x"),
        split("echo ~app|/home/app"),
        split("v='a b  c'; for w in $v; do echo [$w]; done|[a]\n[b]\n[c]"),
        split("v='a b'; for w in \"$v\"; do echo [$w]; done|[a b]"),
        split("set -- x y z; echo $# $1 $3 \"$@\"|3 x z x y z"),
        split("echo \"\" | wc -c|1"),
        split("echo $NAME$NAME.x|worldworld.x"),
        split("v=v1.2.3; echo ${v/v/} ${v//./-} ${v:1} ${v:1:3} ${v: -2}|1.2.3 v1-2-3 1.2.3 1.2 .3"),
        split("IFS=:; v=a:b; for x in $v; do echo $x; done|a\nb"));
  }

  private static org.junit.jupiter.params.provider.Arguments split(String row) {
    int bar = row.lastIndexOf('|');
    return org.junit.jupiter.params.provider.Arguments.of(row.substring(0, bar), row.substring(bar + 1));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("cases")
  void expands(String script, String expected) {
    assertThat(out(script)).isEqualTo(expected.replace("\\n", "\n") + "\n");
  }

  @Test
  void glob_matchesSortedNamesInTheSimulatedFs_andStaysLiteralWithoutMatch() {
    assertThat(out("echo /etc/*; echo /etc/*.none; echo '/etc/*'"))
        .isEqualTo("/etc/group /etc/passwd\n/etc/*.none\n/etc/*\n");
  }

  @Test
  void glob_relativeToWorkingDirectory_skipsDotFiles() {
    assertThat(out("mkdir /w && cd /w && touch a.txt b.txt .hidden c.md && echo *.txt && echo *"))
        .isEqualTo("a.txt b.txt\na.txt b.txt c.md\n");
  }

  @Test
  void unsetVariable_underSetU_isFatal() {
    ShellResult r = Shell.run("set -u; echo $NOPE; echo after", ShellContext.of(fs));
    assertThat(r.output()).isEqualTo("/bin/sh: NOPE: parameter not set\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void questionMarkOperator_printsMessageAndExits() {
    ShellResult r = Shell.run("echo ${NOPE:?must be set}; echo after", ShellContext.of(fs));
    assertThat(r.output()).isEqualTo("/bin/sh: NOPE: must be set\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void divisionByZero_isAShellError() {
    ShellResult r = Shell.run("echo $((1/0))", ShellContext.of(fs));
    assertThat(r.output()).contains("division by zero");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void hereDoc_expandsUnlessDelimiterQuoted() {
    assertThat(out("cat <<EOF\n$NAME $(echo sub) \\$x\nEOF\ncat <<'EOF'\n$NAME\nEOF"))
        .isEqualTo("world sub $x\n$NAME\n");
  }
}
