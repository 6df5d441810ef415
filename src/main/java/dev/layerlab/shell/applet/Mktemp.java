package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;

/**
 * {@code mktemp [-d] [-p DIR] [TEMPLATE]}. The X's are filled deterministically (the first free name
 * in a fixed sequence), so a rebuild makes the same path.
 */
final class Mktemp extends Applet {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  Mktemp() {
    super("dqut", "p");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    String template = operands.isEmpty() ? "tmp.XXXXXXXXXX" : operands.get(0);
    int xs = template.length() - template.replaceAll("X+$", "").length();
    if (xs < 3) {
      return inv.fail("Invalid argument");
    }
    String dir = o.value('p').orElse(inv.env().getOrDefault("TMPDIR", "/tmp"));
    boolean relativeToDir = operands.isEmpty() || o.has('t') || o.value('p').isPresent();
    String prefix = template.substring(0, template.length() - xs);
    for (long n = 0; n < 10_000; n++) {
      String candidate = prefix + fill(n, xs);
      String path = relativeToDir ? PathNames.resolve(inv.resolve(dir), candidate) : inv.resolve(candidate);
      if (inv.fs().stat(path).isPresent()) {
        continue;
      }
      try {
        if (o.has('d')) {
          inv.fs().mkdir(path, 0700, inv.uid(), inv.gid());
        } else {
          inv.fs().writeFile(path, Content.empty(), 0600, inv.uid(), inv.gid());
        }
      } catch (FsException e) {
        return inv.fail("(null): " + e.reason());
      }
      inv.out((relativeToDir ? PathNames.join(dir, candidate) : candidate) + "\n");
      return 0;
    }
    return inv.fail("no free name for " + template);
  }

  private static String fill(long n, int width) {
    long h = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < width; i++) {
      sb.append(LETTERS.charAt((int) Long.remainderUnsigned(h, LETTERS.length())));
      h = Long.rotateLeft(h * 31 + i, 7);
    }
    return sb.toString();
  }
}
