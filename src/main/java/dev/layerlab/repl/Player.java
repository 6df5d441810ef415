package dev.layerlab.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/**
 * Replays a file of REPL commands, as an instructor's demo: each command is shown after the prompt and
 * run, then the player waits for Enter (unless --no-pause). {@code # say TEXT} prints TEXT, {@code #
 * pause} waits, other {@code #} lines are comments. Ctrl-C stops the demo.
 */
final class Player {
  private final Repl repl;
  private final boolean noPause;

  Player(Repl repl, boolean noPause) {
    this.repl = repl;
    this.noPause = noPause;
  }

  int play(Path script) {
    List<String> lines;
    try {
      lines = Files.readAllLines(script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReplException("cannot read the script " + script + ": " + e.getMessage());
    }
    Console c = repl.session().console();
    repl.welcome();
    int failures = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        directive(l, c);
        continue;
      }
      c.print(repl.prompt());
      c.println(l);
      failures += repl.dispatch(l) == 0 ? 0 : 1;
      if (repl.session().quitting() || !await()) {
        break;
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** Handles {@code # say} and {@code # pause}; false for a plain comment. */
  private boolean directive(String l, Console c) {
    String d = l.isEmpty() ? "" : l.substring(1).strip();
    if (d.startsWith("say ")) {
      c.println(d.substring(4));
      return true;
    }
    if (d.equals("pause")) {
      await();
      return true;
    }
    return false;
  }

  /** Waits for Enter; false when the presenter pressed Ctrl-C to stop. */
  private boolean await() {
    if (noPause || repl.dumb()) {
      return true;
    }
    try {
      repl.reader().readLine("  (Enter: next command, Ctrl-C: stop) ");
      return true;
    } catch (UserInterruptException e) {
      return false;
    } catch (EndOfFileException e) {
      return true;
    }
  }
}
