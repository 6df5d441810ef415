package dev.layerlab.shell;

import java.util.function.Function;

/** {@code $((…))}: integer arithmetic with C precedence (no assignment operators). */
final class Arithmetic {
  /** A malformed expression; the message is dash's. */
  static final class Error extends RuntimeException {
    Error(String message) {
      super(message, null, false, false);
    }
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}
  };

  private final String s;
  private final Function<String, String> vars;
  private int pos;
  private int depth;

  private Arithmetic(String s, Function<String, String> vars) {
    this.s = s;
    this.vars = vars;
  }

  static long eval(String expr, Function<String, String> vars) {
    Arithmetic a = new Arithmetic(expr, vars);
    if (expr.isBlank()) {
      return 0;
    }
    long v = a.binary(0);
    a.skip();
    if (a.pos < expr.length()) {
      throw new Error("arithmetic expression: expecting EOF: \"" + expr + "\"");
    }
    return v;
  }

  private long binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
    while (true) {
      String op = operator(LEVELS[level]);
      if (op == null) {
        return left;
      }
      left = apply(op, left, binary(level + 1));
    }
  }

  private String operator(String[] ops) {
    skip();
    for (String op : ops) {
      if (s.startsWith(op, pos) && !longerOperator(op)) {
        pos += op.length();
        return op;
      }
    }
    return null;
  }

  private boolean longerOperator(String op) {
    int next = pos + op.length();
    if (next >= s.length()) {
      return false;
    }
    char c = s.charAt(next);
    return (op.equals("|") && c == '|') || (op.equals("&") && c == '&') || (op.equals("<") && (c == '<' || c == '='))
        || (op.equals(">") && (c == '>' || c == '='));
  }

  private static long apply(String op, long a, long b) {
    switch (op) {
      case "||": return (a != 0 || b != 0) ? 1 : 0;
      case "&&": return (a != 0 && b != 0) ? 1 : 0;
      case "|": return a | b;
      case "^": return a ^ b;
      case "&": return a & b;
      case "==": return a == b ? 1 : 0;
      case "!=": return a != b ? 1 : 0;
      case "<=": return a <= b ? 1 : 0;
      case ">=": return a >= b ? 1 : 0;
      case "<": return a < b ? 1 : 0;
      case ">": return a > b ? 1 : 0;
      case "<<": return a << b;
      case ">>": return a >> b;
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      default:
        if (b == 0) {
          throw new Error("arithmetic expression: division by zero");
        }
        return op.equals("/") ? a / b : a % b;
    }
  }

  private long unary() {
    skip();
    if (++depth > 200) {
      throw new Error("arithmetic expression: nested too deeply");
    }
    try {
      if (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '-' || c == '+' || c == '!' || c == '~') {
          pos++;
          long v = unary();
          return c == '-' ? -v : c == '+' ? v : c == '!' ? (v == 0 ? 1 : 0) : ~v;
        }
      }
      return primary();
    } finally {
      depth--;
    }
  }

  private long primary() {
    skip();
    if (pos < s.length() && s.charAt(pos) == '(') {
      pos++;
      long v = binary(0);
      skip();
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new Error("arithmetic expression: expecting ')': \"" + s + "\"");
      }
      pos++;
      return v;
    }
    int start = pos;
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    String token = s.substring(start, pos);
    if (token.isEmpty()) {
      throw new Error("arithmetic expression: expecting primary: \"" + s + "\"");
    }
    return Character.isDigit(token.charAt(0)) ? number(token) : variable(token);
  }

  private long variable(String name) {
    String value = vars.apply(name);
    if (value == null || value.isBlank()) {
      return 0;
    }
    return number(value.trim());
  }

  private long number(String token) {
    try {
      if (token.startsWith("0x") || token.startsWith("0X")) {
        return Long.parseLong(token.substring(2), 16);
      }
      if (token.length() > 1 && token.startsWith("0")) {
        return Long.parseLong(token.substring(1), 8);
      }
      return Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw new Error("arithmetic expression: expecting primary: \"" + s + "\"");
    }
  }

  private void skip() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }
}
