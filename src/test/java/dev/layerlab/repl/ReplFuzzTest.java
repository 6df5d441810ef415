package dev.layerlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * 10 000 random command lines typed into one REPL session: none escapes the loop or prints a stack
 * trace, and afterwards the session still shows its Dockerfile and still builds.
 */
class ReplFuzzTest {
  private static final List<String> COMMANDS = List.of("show", "edit", "insert", "delete", "move", "swap", "ls",
      "cat", "write", "append", "touch", "mkdir", "rm", "chmod", "step", "next", "continue", "layers", "diff",
      "tree", "history", "inspect", "explain", "whatif", "undo", "redo", "reset", "present", "help", "timeline",
      "bogus", "", "build");
  private static ByteArrayOutputStream out;
  private static Repl repl;

  @BeforeContainer
  static void start() {
    out = new ByteArrayOutputStream();
    repl = ReplHarness.repl(out);
  }

  @Property(tries = 10_000)
  void anyLine_leavesTheSessionWorking(@ForAll("lines") String line) {
    out.reset();
    repl.runLine(line);
    repl.session().console().writer().flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("internal error").doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @AfterContainer
  static void theSessionStillWorks() {
    out.reset();
    repl.runLine("reset");
    repl.runLine("show");
    repl.runLine("build");
    repl.session().console().writer().flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("FROM").doesNotContain("Exception");
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 40).map(String::valueOf),
        Arbitraries.of("app.sh", "greeting.txt", "/", ".", "..", "../..", "/etc/passwd", "a/b/c", "--help", "-r",
            "--target", "base", "--no-cache", "755", "RUN", "FROM", "busybox", "&&", "|", ">", "\"", "'", "\\n",
            "!!", "COPY . .", "RUN rm -rf /", "$(id)", "`x`", "%s%n", "\u0000", "\u001b[2J", "\t"),
        Arbitraries.strings().ofMaxLength(10));
    Arbitrary<String> command = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.of(COMMANDS.subList(0, COMMANDS.size() - 1))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("build")));
    return command.flatMap(c -> word.list().ofMaxSize(4).map(ws -> (c + " " + String.join(" ", ws)).strip()));
  }
}
