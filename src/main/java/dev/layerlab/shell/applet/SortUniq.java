package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code sort [-rnu]} and {@code uniq [-cdu]} over lines. */
final class SortUniq extends Applet {
  private final boolean sort;

  SortUniq(boolean sort) {
    super(sort ? "rnufb" : "cdui", "");
    this.sort = sort;
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    List<String> lines = new ArrayList<>();
    List<String> inputs = files.isEmpty() ? List.of("-") : sort ? files : files.subList(0, 1);
    for (String f : inputs) {
      try {
        String text = ContentText.text(FileArgs.read(inv, f));
        for (String line : text.split("\n", -1)) {
          lines.add(line);
        }
        if (text.isEmpty() || text.endsWith("\n")) {
          lines.remove(lines.size() - 1);
        }
      } catch (FsException e) {
        return inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : sort ? sorted(lines, o) : uniq(lines, o)) {
      out.append(line).append('\n');
    }
    inv.out(out.toString());
    return 0;
  }

  private static List<String> sorted(List<String> lines, Options o) {
    Comparator<String> cmp = o.has('n') ? Comparator.comparingDouble(SortUniq::leadingNumber) : Comparator.naturalOrder();
    cmp = o.has('f') ? String.CASE_INSENSITIVE_ORDER : cmp;
    List<String> out = new ArrayList<>(lines);
    out.sort(o.has('r') ? cmp.reversed() : cmp);
    if (o.has('u')) {
      List<String> unique = new ArrayList<>();
      for (String l : out) {
        if (unique.isEmpty() || cmp.compare(unique.get(unique.size() - 1), l) != 0) {
          unique.add(l);
        }
      }
      return unique;
    }
    return out;
  }

  private static double leadingNumber(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(-?[0-9]+(\\.[0-9]+)?)").matcher(s);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static List<String> uniq(List<String> lines, Options o) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && same(lines.get(j), lines.get(i), o.has('i'))) {
        j++;
      }
      int count = j - i;
      boolean keep = (!o.has('d') || count > 1) && (!o.has('u') || count == 1);
      if (keep) {
        out.add(o.has('c') ? String.format("%7d %s", count, lines.get(i)) : lines.get(i));
      }
      i = j;
    }
    return out;
  }

  private static boolean same(String a, String b, boolean ignoreCase) {
    return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
  }
}
