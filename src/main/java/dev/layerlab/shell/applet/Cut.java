package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code cut -d DELIM -f LIST} and {@code cut -c LIST} (lists like {@code 1,3-4,5-}). */
final class Cut extends Applet {
  Cut() {
    super("s", "dfcb");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    String list = o.value('f').or(() -> o.value('c')).or(() -> o.value('b')).orElse("");
    if (list.isEmpty()) {
      return inv.fail("you must specify a list of bytes, characters, or fields");
    }
    boolean fields = o.has('f');
    String delim = o.value('d').orElse("\t");
    if (delim.length() != 1) {
      return inv.fail("the delimiter must be a single character");
    }
    StringBuilder out = new StringBuilder();
    for (String f : files.isEmpty() ? List.of("-") : files) {
      try {
        String text = ContentText.text(FileArgs.read(inv, f));
        for (String line : text.split("\n")) {
          if (text.isEmpty()) {
            break;
          }
          if (fields && !line.contains(delim)) {
            out.append(o.has('s') ? "" : line + "\n");
            continue;
          }
          String[] parts = fields ? line.split(java.util.regex.Pattern.quote(delim), -1) : line.split("");
          out.append(String.join(fields ? delim : "", pick(parts, list))).append('\n');
        }
      } catch (FsException e) {
        return inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    inv.out(out.toString());
    return 0;
  }

  private static List<String> pick(String[] parts, String list) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= parts.length; i++) {
      if (selected(i, list)) {
        out.add(parts[i - 1]);
      }
    }
    return out;
  }

  private static boolean selected(int n, String list) {
    for (String range : list.split(",")) {
      String[] ends = range.split("-", -1);
      try {
        int from = ends[0].isEmpty() ? 1 : Integer.parseInt(ends[0]);
        int to = ends.length == 1 ? from : ends[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(ends[1]);
        if (n >= from && n <= to) {
          return true;
        }
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }
}
