package dev.layerlab.shell.applet;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** POSIX basic and extended regular expressions (as grep and sed read them) to Java patterns. */
final class Regexes {
  private Regexes() {}

  static Pattern compile(String posix, boolean extended, boolean ignoreCase) {
    String java = extended ? ere(posix) : bre(posix);
    try {
      return Pattern.compile(java, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad regex '" + posix + "'");
    }
  }

  private static String bre(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        i = bracket(s, i, out);
      } else if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        if ("(){}|+?".indexOf(n) >= 0) {
          out.append(n);
        } else if (n == '<' || n == '>') {
          out.append("\\b");
        } else if (Character.isDigit(n) || "wWsSbBn.*[]^$\\/".indexOf(n) >= 0) {
          out.append('\\').append(n);
        } else if (n == 't') {
          out.append("\\t");
        } else {
          out.append(Pattern.quote(String.valueOf(n)));
        }
      } else if ("(){}|+?".indexOf(c) >= 0 || (c == '*' && out.length() == 0)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String ere(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        i = bracket(s, i, out);
      } else if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == '<' || n == '>' ? "\\b" : "\\" + n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Copies a bracket expression starting at {@code s[i] == '['}; returns the index of its ']'. */
  private static int bracket(String s, int i, StringBuilder out) {
    int j = i + 1;
    StringBuilder cls = new StringBuilder("[");
    if (j < s.length() && s.charAt(j) == '^') {
      cls.append('^');
      j++;
    }
    boolean first = true;
    for (; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == ']' && !first) {
        out.append(cls).append(']');
        return j;
      }
      first = false;
      if (c == '[' && j + 1 < s.length() && s.charAt(j + 1) == ':') {
        int end = s.indexOf(":]", j + 2);
        if (end > 0) {
          cls.append(posixClass(s.substring(j + 2, end)));
          j = end + 1;
          continue;
        }
      }
      cls.append("[]&\\^".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
    }
    out.append("\\[");
    return i;
  }

  private static String posixClass(String name) {
    switch (name) {
      case "alpha": return "\\p{Alpha}";
      case "digit": return "0-9";
      case "alnum": return "\\p{Alnum}";
      case "upper": return "\\p{Upper}";
      case "lower": return "\\p{Lower}";
      case "space": return "\\s";
      case "blank": return " \\t";
      case "punct": return "\\p{Punct}";
      case "xdigit": return "0-9A-Fa-f";
      default: return "\\p{Print}";
    }
  }
}
