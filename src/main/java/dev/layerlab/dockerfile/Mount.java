package dev.layerlab.dockerfile;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One {@code RUN --mount=…} value. Parsed twice, as BuildKit does: when the Dockerfile is read (no
 * expansion: only the shape is checked) and when the step runs (values expanded).
 */
public record Mount(String type, String target, String source, String from, boolean readOnly, String id,
    String sharing, boolean required, OptionalInt mode, OptionalInt uid, OptionalInt gid, String size, String env) {

  static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
  private static final List<String> KEYS = List.of("type", "target", "dst", "destination", "dest", "readonly", "ro",
      "readwrite", "rw", "required", "sharing", "mode", "uid", "gid", "id", "size", "env", "source", "src", "from");

  /** Parses one mount; without an expander, values other than {@code from} are only checked later. */
  public static Mount parse(String csv, Optional<UnaryOperator<String>> expander) {
    MountBuilder m = new MountBuilder();
    for (String field : fields(csv)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (eq < 0) {
        if (expander.isPresent()) {
          m.flag(key, field);
        }
        continue;
      }
      String value = field.substring(eq + 1);
      if (expander.isPresent()) {
        m.set(key, expander.get().apply(value), field);
      } else if (key.equals("from") && value.matches("(?s).*\\$.+")) {
        throw Request.error("'from' doesn't support variable expansion, define alias stage instead");
      }
    }
    return m.build();
  }

  private static List<String> fields(String csv) {
    try {
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw Request.error("failed to parse csv mounts: " + e.getMessage());
    }
  }

  static List<String> keys() {
    return KEYS;
  }
}
