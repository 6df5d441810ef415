package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.List;

/** {@code printf FORMAT [ARG]...}: the format is reused until the arguments run out. */
final class Printf implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    if (args.isEmpty()) {
      inv.err("printf: usage: printf format [arg ...]\n");
      return 2;
    }
    Formatter f = new Formatter(args.subList(1, args.size()));
    StringBuilder out = new StringBuilder();
    do {
      if (f.format(Escapes.expand(args.get(0)).text(), out)) {
        break;
      }
    } while (f.remaining() && f.consumedAny());
    inv.out(out.toString());
    if (f.error() != null) {
      inv.err("printf: " + f.error() + "\n");
      return 1;
    }
    return 0;
  }

  /** One pass over the format with an argument cursor. */
  private static final class Formatter {
    private final List<String> args;
    private int next;
    private boolean consumed;
    private String error;

    Formatter(List<String> args) {
      this.args = args;
    }

    boolean remaining() {
      return next < args.size();
    }

    boolean consumedAny() {
      return consumed;
    }

    String error() {
      return error;
    }

    private String arg() {
      consumed = true;
      return next < args.size() ? args.get(next++) : null;
    }

    /** Returns true when {@code %b}'s {@code \c} stopped the output. */
    boolean format(String fmt, StringBuilder out) {
      consumed = false;
      for (int i = 0; i < fmt.length(); i++) {
        char c = fmt.charAt(i);
        if (c != '%' || i + 1 >= fmt.length()) {
          out.append(c);
          continue;
        }
        int start = i;
        i++;
        while (i < fmt.length() && "-+ #0123456789.".indexOf(fmt.charAt(i)) >= 0) {
          i++;
        }
        if (i >= fmt.length()) {
          out.append(fmt, start, i);
          break;
        }
        char conv = fmt.charAt(i);
        String spec = fmt.substring(start, i);
        if (conv == '%') {
          out.append('%');
        } else if (conv == 'b') {
          String a = arg();
          Escapes.Result r = Escapes.expand(a == null ? "" : a);
          out.append(spec.length() > 1 ? padded(spec, r.text()) : r.text());
          if (r.stop()) {
            return true;
          }
        } else {
          String a = arg();
          try {
            out.append(convert(spec, conv, a));
          } catch (java.util.IllegalFormatException e) {
            out.append(a == null ? "" : a);
          }
        }
      }
      return false;
    }

    private static String padded(String spec, String text) {
      try {
        return String.format(spec + "s", text);
      } catch (java.util.IllegalFormatException e) {
        return text;
      }
    }

    private String convert(String spec, char conv, String a) {
      String value = a == null ? "" : a;
      switch (conv) {
        case 's':
          return String.format(spec + "s", value);
        case 'c':
          return value.isEmpty() ? "" : String.format(spec + "s", value.substring(0, 1));
        case 'd': case 'i': case 'x': case 'X': case 'o': case 'u':
          return String.format(spec.replace("#", conv == 'd' || conv == 'i' || conv == 'u' ? "" : "#")
              + (conv == 'i' || conv == 'u' ? 'd' : conv), number(value));
        case 'f': case 'e': case 'E': case 'g': case 'G':
          return String.format(spec + conv, decimal(value));
        default:
          return spec + conv;
      }
    }

    private long number(String s) {
      if (s.isEmpty()) {
        return 0;
      }
      if ((s.startsWith("'") || s.startsWith("\"")) && s.length() > 1) {
        return s.charAt(1);
      }
      try {
        return s.startsWith("0x") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        error = "invalid number '" + s + "'";
        return 0;
      }
    }

    private double decimal(String s) {
      try {
        return s.isEmpty() ? 0 : Double.parseDouble(s);
      } catch (NumberFormatException e) {
        error = "invalid number '" + s + "'";
        return 0;
      }
    }
  }
}
