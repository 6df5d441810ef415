package dev.layerlab.shell;

/**
 * Finds where quoted strings and {@code $(…)}, {@code ${…}}, backquote substitutions end. Shared by the
 * lexer (to find word boundaries) and the expander (to cut out the pieces). Each method returns the
 * index just past the construct, or -1 when it is unterminated.
 */
final class WordScan {
  private WordScan() {}

  /** {@code s.charAt(i)} is the opening single quote. */
  static int singleQuoted(String s, int i) {
    int end = s.indexOf('\'', i + 1);
    return end < 0 ? -1 : end + 1;
  }

  /** {@code s.charAt(i)} is the opening double quote. */
  static int doubleQuoted(String s, int i) {
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '"') {
        return j + 1;
      }
      j = c == '\\' ? j + 2 : c == '$' || c == '`' ? dollarOrBackquote(s, j) : j + 1;
      if (j < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code s.charAt(i)} is a backquote. */
  static int backquoted(String s, int i) {
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '`') {
        return j + 1;
      }
      j += c == '\\' ? 2 : 1;
    }
    return -1;
  }

  /** At a {@code $} or backquote: the end of the expansion, or i+1 for a lone {@code $}. */
  static int dollarOrBackquote(String s, int i) {
    if (s.charAt(i) == '`') {
      return backquoted(s, i);
    }
    if (i + 1 >= s.length()) {
      return i + 1;
    }
    char next = s.charAt(i + 1);
    if (next == '(') {
      return balanced(s, i + 2, '(', ')');
    }
    if (next == '{') {
      return balanced(s, i + 2, '{', '}');
    }
    if (nameStart(next)) {
      int j = i + 2;
      while (j < s.length() && (nameStart(s.charAt(j)) || (s.charAt(j) >= '0' && s.charAt(j) <= '9'))) {
        j++;
      }
      return j;
    }
    return "?$#@*!0123456789-".indexOf(next) >= 0 ? i + 2 : i + 1;
  }

  /** Scans from {@code start} (just past the opener) to the matching closer, skipping quotes. */
  static int balanced(String s, int start, char open, char close) {
    int depth = 1;
    int j = start;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == close && --depth == 0) {
        return j + 1;
      }
      if (c == open) {
        depth++;
      }
      j = next(s, j, c);
      if (j < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int next(String s, int j, char c) {
    switch (c) {
      case '\\':
        return j + 2;
      case '\'':
        return singleQuoted(s, j);
      case '"':
        return doubleQuoted(s, j);
      case '`':
        return backquoted(s, j);
      case '$':
        return j + 1 < s.length() && (s.charAt(j + 1) == '(' || s.charAt(j + 1) == '{')
            ? dollarOrBackquote(s, j)
            : j + 1;
      default:
        return j + 1;
    }
  }

  private static boolean nameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
