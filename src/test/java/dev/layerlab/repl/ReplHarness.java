package dev.layerlab.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** Runs the REPL in-process over JLine's DumbTerminal, as a piped script would, and returns the transcript. */
final class ReplHarness {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

  private ReplHarness() {}

  record Run(int status, String transcript) {}

  static Run run(String script) {
    return run(StartState.starter(), script);
  }

  static Run run(StartState start, String script) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
      int status = new Repl(t, start, new Repl.Options(Optional.empty(), false, true, false), CLOCK).loop();
      t.writer().flush();
      return new Run(status, out.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A REPL to drive line by line (properties), over a terminal with no input. */
  static Repl repl(ByteArrayOutputStream out) {
    try {
      Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]), out,
          StandardCharsets.UTF_8);
      return new Repl(t, StartState.starter(), new Repl.Options(Optional.empty(), false, true, false), CLOCK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
