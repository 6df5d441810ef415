package dev.layerlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a learner is in the course, kept in {@code ~/.layerlab/progress} like rustlings' state file:
 * small, human-readable, copyable between machines.
 *
 * <pre>
 * # layerlab lesson progress: the current lesson, then one finished lesson per line
 * current 03-the-single-stage-problem
 * done 01-layers-are-additive
 * done 02-clean-up-in-the-same-run
 * </pre>
 *
 * A damaged file gives a warning and a fresh start; writes go to a temporary file moved into place, so
 * a crash never leaves half a file.
 */
public final class Progress {
  private static final String HEADER = "# layerlab lesson progress: the current lesson, then one finished lesson per line";
  private final Path file;
  private Optional<String> current = Optional.empty();
  private final Set<String> done = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();

  private Progress(Path file) {
    this.file = file;
  }

  /** {@code $HOME/.layerlab/progress}. */
  public static Path defaultFile() {
    String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
    return Path.of(home, ".layerlab", "progress");
  }

  /** Reads the file; a missing one is a fresh start, a damaged one too, with a warning. */
  public static Progress load(Path file) {
    Progress p = new Progress(file);
    if (!Files.exists(file)) {
      return p;
    }
    try {
      p.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      Progress fresh = new Progress(file);
      fresh.warnings.add("the progress file " + file + " is damaged (" + e.getMessage()
          + "); starting afresh. It will be rewritten when you finish or change lessons.");
      return fresh;
    }
    return p;
  }

  private void parse(List<String> lines) {
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split("\\s+", 2);
      if (kv.length != 2 || !kv[1].matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("line " + n + " reads \"" + line + "\"");
      }
      switch (kv[0]) {
        case "current" -> current = Optional.of(kv[1]);
        case "done" -> done.add(kv[1]);
        default -> throw new IllegalArgumentException("line " + n + " starts with \"" + kv[0] + "\"");
      }
    }
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public Optional<String> current() {
    return current;
  }

  public boolean done(String id) {
    return done.contains(id);
  }

  public void current(String id) throws IOException {
    current = Optional.of(id);
    save();
  }

  public void finished(String id) throws IOException {
    if (done.add(id)) {
      save();
    }
  }

  private void save() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    current.ifPresent(c -> sb.append("current ").append(c).append('\n'));
    done.forEach(d -> sb.append("done ").append(d).append('\n'));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".progress", ".tmp");
    Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
