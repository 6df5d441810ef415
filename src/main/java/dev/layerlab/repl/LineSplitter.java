package dev.layerlab.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a REPL line into words, shell-like (quotes group, and are removed). The commands that take a
 * line of text (edit N TEXT, write PATH TEXT …) get the rest of the line exactly as typed, so a RUN
 * line keeps its quotes, {@code &&}, {@code |} and {@code >} — nothing here is a pipe or a redirect.
 */
final class LineSplitter {
  /** How many words come before TEXT, for the commands whose last argument is the rest of the line. */
  private static final Map<String, Integer> TEXT_AFTER = Map.of("edit", 1, "insert", 1, "write", 1, "append", 1);

  private LineSplitter() {}

  static List<String> split(String line) {
    List<String> words = words(line);
    Integer k = words.isEmpty() ? null : TEXT_AFTER.get(words.get(0));
    if (k == null || words.size() <= k + 1 || words.subList(1, k + 1).stream().anyMatch(w -> w.startsWith("-"))) {
      return words;
    }
    List<String> out = new ArrayList<>(words.subList(0, k + 1));
    String rest = rest(line, k + 1);
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** The line after its first {@code skip} words, as typed (leading blanks removed). */
  static String rest(String line, int skip) {
    int i = 0;
    for (int w = 0; w < skip; w++) {
      i = skipBlanks(line, i);
      i = endOfWord(line, i);
    }
    return line.substring(skipBlanks(line, i)).stripTrailing();
  }

  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    int i = skipBlanks(line, 0);
    while (i < line.length()) {
      int end = endOfWord(line, i);
      out.add(unquote(line.substring(i, end)));
      i = skipBlanks(line, end);
    }
    return out;
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int endOfWord(String s, int i) {
    char quote = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c)) {
        break;
      }
      i++;
    }
    return i;
  }

  private static String unquote(String word) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (char c : word.toCharArray()) {
      if (quote != 0 && c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
