package dev.layerlab.repl;

import java.util.ArrayDeque;
import java.util.Deque;

/** Context paths as the learner types them ({@code ./src/a.js}, {@code /src/a.js}) made relative and clean. */
final class Paths {
  private Paths() {}

  static String clean(String typed) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : typed.replace('\\', '/').split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          throw new ReplException(typed + " leaves the build context: paths are relative to its root");
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  /** {@code \n}, {@code \t} and {@code \\} in TEXT, so one line can write a file of several. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char n = text.charAt(i + 1);
        if (n == 'n' || n == 't' || n == '\\') {
          out.append(n == 'n' ? '\n' : n == 't' ? '\t' : '\\');
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
