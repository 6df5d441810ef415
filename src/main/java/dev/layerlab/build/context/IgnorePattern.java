package dev.layerlab.build.context;

import java.util.regex.Pattern;

/**
 * One cleaned {@code .dockerignore} pattern compiled the way moby/patternmatcher compiles it:
 * {@code *} and {@code ?} never cross {@code /}, {@code **} spans any number of directories, a
 * trailing {@code **} matches everything below, {@code [...]} is a character class and {@code \}
 * escapes the next character.
 */
record IgnorePattern(String text, boolean exclusion, Pattern regex) {

  private static final String REGEX_SPECIALS = ".+()|{}$";

  static IgnorePattern compile(String cleaned, boolean exclusion) {
    return new IgnorePattern(cleaned, exclusion, Pattern.compile(toRegex(cleaned)));
  }

  boolean matches(String relPath) {
    return regex.matcher(relPath).matches();
  }

  private static String toRegex(String p) {
    StringBuilder out = new StringBuilder("^");
    int i = 0;
    while (i < p.length()) {
      char ch = p.charAt(i++);
      if (ch == '*') {
        i = star(p, i, out);
      } else if (ch == '?') {
        out.append("[^/]");
      } else if (REGEX_SPECIALS.indexOf(ch) >= 0) {
        out.append('\\').append(ch);
      } else if (ch == '\\') {
        out.append('\\');
        if (i < p.length()) {
          out.append(p.charAt(i++));
        }
      } else {
        out.append(ch);
      }
    }
    return out.append('$').toString();
  }

  // After a '*': "**" (optionally followed by '/') spans directories; a lone '*' stays in one.
  private static int star(String p, int i, StringBuilder out) {
    if (i >= p.length() || p.charAt(i) != '*') {
      out.append("[^/]*");
      return i;
    }
    i++;
    if (i < p.length() && p.charAt(i) == '/') {
      i++;
    }
    out.append(i >= p.length() ? ".*" : "(.*/)?");
    return i;
  }
}
