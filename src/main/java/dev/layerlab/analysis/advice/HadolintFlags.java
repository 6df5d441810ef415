package dev.layerlab.analysis.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command's flags and flag values as hadolint reads them (Hadolint.Shell): {@code --name=value} is
 * flag {@code name}, {@code -abc} is flags a, b and c, and a flag's value is the word after the word
 * that holds it. Words are compared as ShellCheck simplifies them: quotes dropped, every expansion
 * ({@code $X}, {@code ${X}}, {@code $(…)}, backquotes) read as the literal {@code ${VAR}}.
 */
final class HadolintFlags {
  private static final Pattern EXPANSION =
      Pattern.compile("\\$\\([^)]*\\)|\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$[0-9@*#?$!-]|`[^`]*`");

  private HadolintFlags() {}

  /** The flag names of {@code args}, in order. */
  static List<String> of(List<String> args) {
    List<String> out = new ArrayList<>();
    args.forEach(a -> out.addAll(flagsOf(text(a))));
    return out;
  }

  /** The values of flag {@code name}: the word after each word that holds it. */
  static List<String> values(List<String> args, String name) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (flagsOf(text(args.get(i))).contains(name)) {
        out.add(args.get(i + 1));
      }
    }
    return out;
  }

  /** The word as ShellCheck's oversimplify gives it. */
  static String text(String raw) {
    return EXPANSION.matcher(raw).replaceAll("\\${VAR}").replaceAll("[\"']", "");
  }

  private static List<String> flagsOf(String word) {
    if (word.equals("-") || word.equals("--") || !word.startsWith("-")) {
      return List.of();
    }
    if (word.startsWith("--")) {
      int eq = word.indexOf('=');
      return List.of(word.substring(2, eq < 0 ? word.length() : eq));
    }
    return word.substring(1).chars().mapToObj(c -> String.valueOf((char) c)).toList();
  }
}
