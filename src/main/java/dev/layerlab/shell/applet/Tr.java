package dev.layerlab.shell.applet;

import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.List;

/** {@code tr [-d] [-s] SET1 [SET2]} with ranges ({@code a-z}) and the common classes. */
final class Tr extends Applet {
  Tr() {
    super("dsc", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> sets) {
    if (sets.isEmpty() || (!o.has('d') && !o.has('s') && sets.size() < 2)) {
      return inv.fail("missing operand");
    }
    String from = expand(sets.get(0));
    String to = sets.size() > 1 ? expand(sets.get(1)) : "";
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (char c : ContentText.text(inv.stdin()).toCharArray()) {
      int at = from.indexOf(c);
      if (o.has('d') && at >= 0) {
        continue;
      }
      char mapped = at >= 0 && !to.isEmpty() && !o.has('d') ? to.charAt(Math.min(at, to.length() - 1)) : c;
      if (o.has('s') && out.length() > 0 && mapped == last && (to.isEmpty() ? from : to).indexOf(mapped) >= 0) {
        continue;
      }
      out.append(mapped);
      last = mapped;
    }
    inv.out(out.toString());
    return 0;
  }

  static String expand(String set) {
    String s = set.replace("[:lower:]", "a-z").replace("[:upper:]", "A-Z").replace("[:digit:]", "0-9")
        .replace("[:space:]", " \t\n\r").replace("[:alpha:]", "a-zA-Z").replace("[:alnum:]", "a-zA-Z0-9");
    s = Escapes.expand(s).text();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i + 2 < s.length() && s.charAt(i + 1) == '-' && s.charAt(i) <= s.charAt(i + 2)) {
        for (char c = s.charAt(i); c <= s.charAt(i + 2); c++) {
          out.append(c);
        }
        i += 2;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
