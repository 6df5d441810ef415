package dev.layerlab.build.copy;

import java.util.Optional;

/**
 * A {@code --chmod} value: octal ({@code 755}) replaces the mode; symbolic ({@code u=rwX,go=rX},
 * {@code +x}) is applied to each source's own mode, {@code X} giving execute to directories and to
 * files that already have an execute bit.
 */
final class Chmod {
  private final Optional<Integer> octal;
  private final String symbolic;

  private Chmod(Optional<Integer> octal, String symbolic) {
    this.octal = octal;
    this.symbolic = symbolic;
  }

  static Optional<Chmod> parse(Optional<String> spec) {
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    String s = spec.get();
    if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '7')) {
      int mode = Integer.parseInt(s, 8);
      if (s.length() <= 5 && mode <= 07777) {
        return Optional.of(new Chmod(Optional.of(mode), ""));
      }
    }
    Chmod c = new Chmod(Optional.empty(), s);
    c.apply(0644, false);
    return Optional.of(c);
  }

  int apply(int mode, boolean dir) {
    if (octal.isPresent()) {
      return octal.get();
    }
    int out = mode;
    for (String clause : symbolic.split(",", -1)) {
      out = clause(clause, out, dir);
    }
    return out;
  }

  private int clause(String clause, int mode, boolean dir) {
    int i = 0;
    int who = 0;
    while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
      who |= whoMask(clause.charAt(i++));
    }
    if (i >= clause.length()) {
      throw invalid();
    }
    if (who == 0) {
      who = 07777;
    }
    int out = mode;
    while (i < clause.length()) {
      char op = clause.charAt(i++);
      if ("+-=".indexOf(op) < 0) {
        throw invalid();
      }
      int perms = 0;
      while (i < clause.length() && "+-=".indexOf(clause.charAt(i)) < 0) {
        perms |= perm(clause.charAt(i++), mode, dir);
      }
      perms &= who;
      out = op == '+' ? out | perms : op == '-' ? out & ~perms : (out & ~(who & 0777)) | perms;
    }
    return out;
  }

  private static int whoMask(char c) {
    switch (c) {
      case 'u': return 04700;
      case 'g': return 02070;
      case 'o': return 01007;
      default: return 07777;
    }
  }

  private int perm(char c, int mode, boolean dir) {
    switch (c) {
      case 'r': return 0444;
      case 'w': return 0222;
      case 'x': return 0111;
      case 'X': return dir || (mode & 0111) != 0 ? 0111 : 0;
      case 's': return 06000;
      case 't': return 01000;
      default: throw invalid();
    }
  }

  private CopyException invalid() {
    return new CopyException(CopyException.Kind.BAD_FLAG, "invalid chmod parameter " + symbolic
        + ". it should be octal string and between 0 and 07777, or a symbolic mode");
  }
}
