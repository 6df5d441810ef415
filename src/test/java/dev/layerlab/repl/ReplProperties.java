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

/** Whatever is typed, the loop carries on: no exception escapes, no stack trace, no internal error. */
class ReplProperties {
  private static final List<String> COMMANDS = List.of("show", "edit", "insert", "delete", "move", "swap", "ls", "cat",
      "write", "append", "touch", "mkdir", "rm", "chmod", "build", "step", "next", "continue", "layers", "diff", "tree",
      "history", "inspect", "explain", "whatif", "undo", "redo", "reset", "present", "help", "timeline", "bogus", "");

  @Property(tries = 60)
  void randomCommandLines_neverEscapeTheLoop(@ForAll("sessions") List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Repl repl = ReplHarness.repl(out);
    for (String line : lines) {
      repl.runLine(line);
    }
    repl.session().console().writer().flush();
    String transcript = out.toString(StandardCharsets.UTF_8);
    assertThat(transcript).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Provide
  Arbitrary<List<String>> sessions() {
    return line().list().ofMinSize(1).ofMaxSize(12);
  }

  private Arbitrary<String> line() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.integers().between(-2, 12).map(String::valueOf),
        Arbitraries.of("app.sh", "greeting.txt", "notes.md", "/", ".", "..", "a/b/c", "--help", "-r", "--target",
            "base", "--no-cache", "755", "RUN", "FROM", "busybox", "&&", "|", ">", "\"", "'", "\\n", "!!", "COPY . ."),
        Arbitraries.strings().ofMaxLength(8));
    return Arbitraries.of(COMMANDS).flatMap(c -> word.list().ofMaxSize(5).map(ws -> (c + " " + String.join(" ", ws)).strip()));
  }
}
