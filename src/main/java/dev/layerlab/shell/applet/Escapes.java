package dev.layerlab.shell.applet;

/** Backslash escapes of {@code echo -e}, {@code printf} formats and {@code %b}. */
final class Escapes {
  /** The text, and whether {@code \c} asked to stop all further output. */
  record Result(String text, boolean stop) {}

  private Escapes() {}

  static Result expand(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'a': out.append('\007'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'v': out.append('\013'); break;
        case 'e': out.append('\033'); break;
        case '\\': out.append('\\'); break;
        case 'c': return new Result(out.toString(), true);
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          i = octal(s, i, n == '0' ? 4 : 3, out);
          break;
        case 'x':
          i = hex(s, i, out);
          break;
        default: out.append('\\').append(n);
      }
    }
    return new Result(out.toString(), false);
  }

  private static int octal(String s, int at, int maxDigits, StringBuilder out) {
    int start = s.charAt(at) == '0' ? at + 1 : at;
    int end = start;
    while (end < s.length() && end - start < (maxDigits - 1) && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
      end++;
    }
    out.append((char) (end == start ? 0 : Integer.parseInt(s.substring(start, end), 8) & 0xff));
    return end - 1;
  }

  private static int hex(String s, int at, StringBuilder out) {
    int end = at + 1;
    while (end < s.length() && end - at <= 2 && Character.digit(s.charAt(end), 16) >= 0) {
      end++;
    }
    if (end == at + 1) {
      out.append("\\x");
      return at;
    }
    out.append((char) Integer.parseInt(s.substring(at + 1, end), 16));
    return end - 1;
  }
}
