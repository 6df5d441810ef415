package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text given to the shell gives a result (maybe an error), never an exception, in bounded time. */
class ShellProperties {
  private static final ShellLimits SMALL = new ShellLimits(30, 2_000, 2_000, 1 << 20, 64 << 10);

  private static ShellResult run(String script) {
    return Shell.run(script, ShellContext.of(TestImages.alpine()).withLimits(SMALL));
  }

  @Property(tries = 300)
  void anyString_givesAResult(@ForAll String script) {
    ShellResult r = run(script);
    assertThat(r).isNotNull();
    assertThat(r.exitCode()).isBetween(0, 255);
  }

  @Property(tries = 700)
  void shellLookingText_givesAResult(@ForAll("shellish") String script) {
    ShellResult r = run(script);
    assertThat(r.exitCode()).isBetween(0, 255);
  }

  @Provide
  Arbitrary<String> shellish() {
    Arbitrary<String> tokens = Arbitraries.of(
        "echo", "a", "$x", "${x:-y}", "${#x}", "${x%%*}", "$(", ")", "`", "'", "\"", "\\", ";", "&&", "||", "|",
        "&", "(", ")", "{", "}", "if", "then", "else", "fi", "for", "in", "do", "done", "while", "case", "esac",
        ";;", "<<EOF", "EOF", "\n", ">", ">>", "2>&1", "<", "*", "?", "[", "]", "$((", "))", "1+", "/", "#",
        "x=1", "f()", "cat", "ls", "rm -rf", "mkdir -p", "cd", "set -e", "exit", "test", "-f", "=", "$?", "~",
        "dd", "bs=1M", "count=2", "sed", "s/a/b/g", "grep", "find", "-exec", "{}", "\\;", "tar", "cf", "xf",
        "printf", "%s", "%d", "$@", "shift", "read", "sh -c", "eval", "break", "continue", "return", " ");
    return tokens.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  @Property(tries = 800)
  void appletsWithAnyArguments_giveAResult(@ForAll("appletCalls") String script) {
    ShellResult r = run("mkdir -p /w/d && echo text > /w/f && cd /w && " + script);
    assertThat(r.exitCode()).isBetween(0, 255);
  }

  @Provide
  Arbitrary<String> appletCalls() {
    Arbitrary<String> applet = Arbitraries.of(TestImages.APPLETS);
    Arbitrary<String> arg = Arbitraries.oneOf(
        Arbitraries.of("-r", "-f", "-rf", "-p", "-n", "-c", "-s", "-l", "-a", "-d", "-h", "-m", "-e", "-i", "-v",
            "-x", "-z", "-C", "-R", "-E", "-q", "-1", "-5", "+2", "--", "-", "f", "d", "/w", "/", "/nope", "x/y",
            "'*'", "'%s %d %b %q %5.2f %c %-0s'", "'s/e/E/g'", "'s/\\(t\\)/\\3/'", "2d", "'$p'", "'/x/,/y/d'",
            "if=/dev/zero", "of=f", "bs=1M", "count=2", "count=x", "bs=-1", "-name", "-type", "-exec", "{}",
            "\\;", "+", "-maxdepth", "-delete", "cf", "xf", "czf", "a.tar", "u+x", "go-w", "777", "=", "a=rwx",
            "root", "app:staff", "1000", "ghost", "10K", "2G", "-s", "5", "'[:alpha:]'", "'[abc'", "'('", "'a\\'"),
        Arbitraries.strings().ofMaxLength(6));
    return Combinators.combine(applet, arg.list().ofMaxSize(5))
        .as((a, args) -> a + " " + String.join(" ", args));
  }
}
