package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;

/** {@code wc [-lwc] [FILE]...}: {@code -c} of a synthetic file needs only its size. */
final class Wc extends Applet {
  Wc() {
    super("lwcmL", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    boolean all = !o.has('l') && !o.has('w') && !o.has('c') && !o.has('m');
    List<String> names = files.isEmpty() ? List.of("-") : files;
    long[] total = new long[3];
    int status = 0;
    for (String f : names) {
      try {
        long[] counts = count(FileArgs.read(inv, f), all || o.has('l') || o.has('w'));
        for (int i = 0; i < 3; i++) {
          total[i] += counts[i];
        }
        inv.out(line(counts, all, o, files.isEmpty() ? "" : f));
      } catch (FsException e) {
        status = inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    if (names.size() > 1) {
      inv.out(line(total, all, o, "total"));
    }
    return status;
  }

  private static long[] count(Content c, boolean needText) {
    if (!needText) {
      return new long[] {0, 0, c.size()};
    }
    String text = ContentText.text(c);
    long lines = text.chars().filter(ch -> ch == '\n').count();
    String trimmed = text.trim();
    long words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    return new long[] {lines, words, c.size()};
  }

  private static String line(long[] counts, boolean all, Options o, String name) {
    List<String> cols = new ArrayList<>();
    boolean[] want = {all || o.has('l'), all || o.has('w'), all || o.has('c') || o.has('m')};
    int wanted = (want[0] ? 1 : 0) + (want[1] ? 1 : 0) + (want[2] ? 1 : 0);
    for (int i = 0; i < 3; i++) {
      if (want[i]) {
        cols.add(wanted == 1 && name.isEmpty() ? Long.toString(counts[i]) : String.format("%7d", counts[i]));
      }
    }
    String joined = String.join(" ", cols);
    return (name.isEmpty() ? joined : joined + " " + name) + "\n";
  }
}
