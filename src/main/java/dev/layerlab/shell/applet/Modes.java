package dev.layerlab.shell.applet;

import java.util.OptionalInt;

/** chmod mode strings: octal ({@code 755}) or symbolic ({@code u+x,go-w}, {@code a=r}, {@code +x}). */
final class Modes {
  private static final int UMASK = 022;

  private Modes() {}

  /** The new mode, or empty when the text is not a mode. */
  static OptionalInt apply(String text, int current) {
    return apply(text, current, false);
  }

  static OptionalInt apply(String text, int current, boolean isDir) {
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '7')) {
      return text.length() > 4 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text, 8));
    }
    int mode = current;
    for (String clause : text.split(",", -1)) {
      OptionalInt next = clause(clause, mode, isDir);
      if (next.isEmpty()) {
        return next;
      }
      mode = next.getAsInt();
    }
    return OptionalInt.of(mode);
  }

  private static OptionalInt clause(String clause, int mode, boolean isDir) {
    int i = 0;
    int who = 0;
    while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
      who |= whoMask(clause.charAt(i++));
    }
    boolean explicitWho = who != 0;
    who = explicitWho ? who : 07777;
    if (i >= clause.length()) {
      return OptionalInt.empty();
    }
    int result = mode;
    while (i < clause.length()) {
      char op = clause.charAt(i++);
      if ("+-=".indexOf(op) < 0) {
        return OptionalInt.empty();
      }
      int perms = 0;
      while (i < clause.length() && "rwxXst".indexOf(clause.charAt(i)) >= 0) {
        perms |= permBits(clause.charAt(i++), mode, isDir);
      }
      int mask = explicitWho ? who : 07777 & ~UMASK;
      if (op == '+') {
        result |= perms & mask;
      } else if (op == '-') {
        result &= ~(perms & mask);
      } else {
        result = (result & ~who) | (perms & mask);
      }
    }
    return OptionalInt.of(result);
  }

  private static int whoMask(char c) {
    switch (c) {
      case 'u': return 04700;
      case 'g': return 02070;
      case 'o': return 01007;
      default: return 07777;
    }
  }

  private static int permBits(char c, int mode, boolean isDir) {
    switch (c) {
      case 'r': return 0444;
      case 'w': return 0222;
      case 'x': return 0111;
      case 'X': return isDir || (mode & 0111) != 0 ? 0111 : 0;
      case 's': return 06000;
      default: return 01000;
    }
  }
}
