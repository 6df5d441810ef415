package dev.layerlab.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The command history, kept in a file between sessions. JLine reports a file it cannot read (bad
 * UTF-8, a line that is not {@code time:command}) by logging the exception with its stack trace, and
 * would fail again on every save. This history instead moves a damaged file aside to {@code
 * history.damaged}, starts a new one, and says so once.
 */
final class ReplHistory extends DefaultHistory {
  private Optional<String> damage = Optional.empty();
  /** The reader this history belongs to (JLine keeps its own reference private). */
  private Optional<LineReader> attached = Optional.empty();

  @Override
  public void attach(LineReader reader) {
    attached = Optional.of(reader);
    super.attach(reader);
  }

  @Override
  public void load() throws IOException {
    try {
      super.load();
    } catch (IOException | RuntimeException e) { // bad UTF-8 arrives as UncheckedIOException, bad lines as IAE
      damage = Optional.of(moveAside(e));
    }
  }

  /** What was wrong with the file and where it went, once it was found damaged. */
  Optional<String> damage() {
    return damage;
  }

  private String moveAside(Exception e) {
    Optional<Object> file = attached.map(r -> r.getVariable(LineReader.HISTORY_FILE));
    if (file.isEmpty()) {
      return "the command history could not be read (" + e.getClass().getSimpleName() + ")";
    }
    Path path = Path.of(file.get().toString());
    Path aside = path.resolveSibling(path.getFileName() + ".damaged");
    try {
      Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
      return "the command history " + path + " could not be read (" + e.getClass().getSimpleName()
          + "); it was moved to " + aside + " and a new one is kept";
    } catch (IOException moveFailed) {
      return "the command history " + path + " could not be read (" + e.getClass().getSimpleName()
          + ") nor moved aside (" + moveFailed.getMessage() + ")";
    }
  }
}
