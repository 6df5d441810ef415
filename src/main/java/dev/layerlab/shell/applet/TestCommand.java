package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;

/** {@code test} and {@code [}: POSIX expressions with {@code ! -a -o ( )}; status 2 on misuse. */
final class TestCommand implements Program {
  /** A malformed expression; the message follows {@code [: }. */
  private static final class Misuse extends RuntimeException {
    Misuse(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    if (inv.name().equals("[")) {
      if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
        inv.err(inv.name() + ": missing ]\n");
        return 2;
      }
      args = args.subList(0, args.size() - 1);
    }
    try {
      Parser p = new Parser(inv, args);
      boolean value = args.isEmpty() ? false : p.or();
      if (p.pos < args.size()) {
        throw new Misuse(args.get(p.pos) + ": unexpected operator");
      }
      return value ? 0 : 1;
    } catch (Misuse e) {
      inv.err(inv.name() + ": " + e.getMessage() + "\n");
      return 2;
    }
  }

  private static final class Parser {
    private final Invocation inv;
    private final List<String> a;
    private int pos;

    Parser(Invocation inv, List<String> args) {
      this.inv = inv;
      this.a = args;
    }

    boolean or() {
      boolean v = and();
      while (pos < a.size() && a.get(pos).equals("-o")) {
        pos++;
        v = and() | v;
      }
      return v;
    }

    boolean and() {
      boolean v = not();
      while (pos < a.size() && a.get(pos).equals("-a")) {
        pos++;
        v = not() & v;
      }
      return v;
    }

    boolean not() {
      if (pos < a.size() && a.get(pos).equals("!") && a.size() - pos > 1) {
        pos++;
        return !not();
      }
      return primary();
    }

    boolean primary() {
      if (pos >= a.size()) {
        throw new Misuse("argument expected");
      }
      String t = a.get(pos);
      if (t.equals("(") && a.size() - pos > 2) {
        pos++;
        boolean v = or();
        if (pos >= a.size() || !a.get(pos).equals(")")) {
          throw new Misuse("closing paren expected");
        }
        pos++;
        return v;
      }
      if (pos + 2 < a.size() && isBinary(a.get(pos + 1))) {
        pos += 3;
        return binary(t, a.get(pos - 2), a.get(pos - 1));
      }
      if (t.length() == 2 && t.charAt(0) == '-' && pos + 1 < a.size() && "efdLhrwxszncbpSgukOG".indexOf(t.charAt(1)) >= 0) {
        pos += 2;
        return unary(t.charAt(1), a.get(pos - 1));
      }
      pos++;
      return !t.isEmpty();
    }

    private static boolean isBinary(String op) {
      return List.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "<", ">").contains(op);
    }

    private boolean binary(String left, String op, String right) {
      switch (op) {
        case "=": case "==": return left.equals(right);
        case "!=": return !left.equals(right);
        case "<": return left.compareTo(right) < 0;
        case ">": return left.compareTo(right) > 0;
        default:
          long l = number(left);
          long r = number(right);
          switch (op) {
            case "-eq": return l == r;
            case "-ne": return l != r;
            case "-lt": return l < r;
            case "-le": return l <= r;
            case "-gt": return l > r;
            default: return l >= r;
          }
      }
    }

    private static long number(String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw new Misuse("Illegal number: " + s);
      }
    }

    private boolean unary(char op, String operand) {
      if (op == 'z') {
        return operand.isEmpty();
      }
      if (op == 'n') {
        return !operand.isEmpty();
      }
      String path = inv.resolve(operand);
      Optional<Entry> e = op == 'L' || op == 'h' ? inv.fs().stat(path) : inv.fs().statFollow(path);
      if (operand.isEmpty() || e.isEmpty()) {
        return false;
      }
      Entry x = e.get();
      switch (op) {
        case 'f': return x.isFile();
        case 'd': return x.isDir();
        case 'L': case 'h': return x.isSymlink();
        case 's': return x.size() > 0;
        case 'x': return (x.mode() & 0111) != 0 && (inv.uid() == 0 || owner(x, 0100));
        case 'r': return inv.uid() == 0 || owner(x, 0400);
        case 'w': return inv.uid() == 0 || owner(x, 0200);
        case 'u': return (x.mode() & 04000) != 0;
        case 'g': return (x.mode() & 02000) != 0;
        case 'k': return (x.mode() & 01000) != 0;
        case 'O': return x.uid() == inv.uid();
        case 'G': return x.gid() == inv.gid();
        case 'e': return true;
        default: return false;
      }
    }

    private boolean owner(Entry x, int bit) {
      int mode = x.mode();
      if (x.uid() == inv.uid()) {
        return (mode & bit) != 0;
      }
      return x.gid() == inv.gid() ? (mode & (bit >> 3)) != 0 : (mode & (bit >> 6)) != 0;
    }
  }
}
