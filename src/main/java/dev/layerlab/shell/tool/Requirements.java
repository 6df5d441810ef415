package dev.layerlab.shell.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** requirements.txt lines and requirement specifiers ({@code uvicorn[standard]==0.27.1 ; python_version>"3"}). */
final class Requirements {
  private Requirements() {}

  /** The requirement lines, comments, blank lines and options ({@code -r}, {@code --hash}) left out. */
  static List<String> parse(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.replace("\\\n", " ").split("\n")) {
      String l = line.replaceFirst("(^|\\s)#.*", "").trim();
      if (!l.isEmpty() && !l.startsWith("-")) {
        out.add(l.split("\\s+--")[0].trim());
      }
    }
    return out;
  }

  /** The normalised distribution name: lower case, {@code _} and {@code .} as {@code -}. */
  static String name(String spec) {
    String n = spec.split("[\\[<>=!~; @]", 2)[0];
    return n.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }

  static List<String> extras(String spec) {
    int open = spec.indexOf('[');
    int close = spec.indexOf(']');
    if (open < 0 || close < open) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String x : spec.substring(open + 1, close).split(",")) {
      out.add(x.trim());
    }
    return out;
  }
}
