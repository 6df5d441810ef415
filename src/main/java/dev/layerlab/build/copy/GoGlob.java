package dev.layerlab.build.copy;

/**
 * Go's {@code filepath.Match} for one path element: {@code *} any run, {@code ?} one character,
 * {@code [a-z]} and {@code [^a-z]} classes, {@code \} escapes. A malformed pattern is BuildKit's
 * {@code syntax error in pattern}.
 */
final class GoGlob {
  private GoGlob() {}

  /** Go's {@code hasMeta}: whether the word is a pattern at all. */
  static boolean hasMeta(String word) {
    return word.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
  }

  static boolean matches(String pattern, String name) {
    return match(pattern, 0, name, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = s.length(); k >= si; k--) {
          if (s.substring(si, k).indexOf('/') < 0 && match(p, pi + 1, s, k)) {
            return true;
          }
        }
        checkRest(p, pi + 1);
        return false;
      }
      if (si >= s.length()) {
        checkRest(p, pi);
        return false;
      }
      char sc = s.charAt(si);
      int next;
      if (c == '?') {
        next = sc == '/' ? -1 : pi + 1;
      } else if (c == '[') {
        next = matchClass(p, pi, sc);
      } else if (c == '\\') {
        if (pi + 1 >= p.length()) {
          throw bad(p);
        }
        next = p.charAt(pi + 1) == sc ? pi + 2 : -1;
      } else {
        next = c == sc ? pi + 1 : -1;
      }
      if (next < 0) {
        checkRest(p, pi);
        return false;
      }
      pi = next;
      si++;
    }
    return si == s.length();
  }

  /** Index after the class if {@code sc} is in it, else -1. */
  private static int matchClass(String p, int pi, char sc) {
    int i = pi + 1;
    boolean negated = i < p.length() && p.charAt(i) == '^';
    if (negated) {
      i++;
    }
    boolean found = false;
    int ranges = 0;
    while (true) {
      if (i >= p.length()) {
        throw bad(p);
      }
      if (p.charAt(i) == ']' && ranges > 0) {
        i++;
        break;
      }
      char lo = classChar(p, i);
      i += p.charAt(i) == '\\' ? 2 : 1;
      char hi = lo;
      if (i < p.length() && p.charAt(i) == '-') {
        i++;
        hi = classChar(p, i);
        i += p.charAt(i) == '\\' ? 2 : 1;
      }
      found |= lo <= sc && sc <= hi;
      ranges++;
    }
    return found != negated && sc != '/' ? i : -1;
  }

  private static char classChar(String p, int i) {
    if (i >= p.length() || p.charAt(i) == '-' || p.charAt(i) == ']') {
      throw bad(p);
    }
    if (p.charAt(i) == '\\') {
      if (i + 1 >= p.length()) {
        throw bad(p);
      }
      return p.charAt(i + 1);
    }
    return p.charAt(i);
  }

  // Go reports a bad pattern even when the name already failed to match; check the rest parses.
  private static void checkRest(String p, int pi) {
    for (int i = pi; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (++i >= p.length()) {
          throw bad(p);
        }
      } else if (c == '[') {
        matchClass(p, i, '\0');
        i = p.indexOf(']', i + 2);
        if (i < 0) {
          throw bad(p);
        }
      }
    }
  }

  static CopyException bad(String pattern) {
    return new CopyException(CopyException.Kind.BAD_FLAG,
        "failed to compute cache key: syntax error in pattern: " + pattern);
  }
}
