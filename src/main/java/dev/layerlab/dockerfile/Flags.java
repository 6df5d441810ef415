package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An instruction's flags as BuildKit checks them: {@code --name=value}, or {@code --name} for a
 * boolean; only multi-value flags ({@code --mount}, {@code --exclude}) may repeat.
 */
final class Flags {
  enum Kind { BOOL, STRING, STRINGS }

  private final Map<String, Kind> declared = new LinkedHashMap<>();
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  Flags declare(String name, Kind kind) {
    declared.put(name, kind);
    return this;
  }

  /** Checks every flag word; the message of a bad one is BuildKit's. */
  Flags parse(List<String> words) {
    for (String word : words) {
      if (!word.startsWith("--")) {
        throw bad("arg should start with -- : " + word);
      }
      if (word.equals("--")) {
        return this;
      }
      parseOne(word.substring(2));
    }
    return this;
  }

  private void parseOne(String arg) {
    int eq = arg.indexOf('=');
    String name = eq >= 0 ? arg.substring(0, eq) : arg;
    String value = eq >= 0 ? arg.substring(eq + 1) : "";
    Kind kind = declared.get(name);
    if (kind == null) {
      throw bad(Suggest.wrap("unknown flag: --" + name, "--" + name,
          declared.keySet().stream().map(k -> "--" + k).toList(), true));
    }
    if (values.containsKey(name) && kind != Kind.STRINGS) {
      throw bad("duplicate flag specified: --" + name);
    }
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(checkValue(name, kind, eq >= 0, value));
  }

  private static String checkValue(String name, Kind kind, boolean hasEquals, String value) {
    if (kind != Kind.BOOL) {
      if (!hasEquals) {
        throw bad("missing a value on flag: --" + name);
      }
      return value;
    }
    if (hasEquals && value.isEmpty()) {
      throw bad("missing a value on flag: --" + name);
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return "true";
    }
    if (!lower.equals("true") && !lower.equals("false")) {
      throw bad("expecting boolean value for flag --" + name + ", not: " + value);
    }
    return lower;
  }

  Optional<String> string(String name) {
    List<String> v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  List<String> strings(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  boolean bool(String name) {
    return string(name).map(Boolean::parseBoolean).orElse(false);
  }

  static DockerfileException bad(String message) {
    return new DockerfileException(new Diagnostic(message, SourceRange.line(0)));
  }
}
