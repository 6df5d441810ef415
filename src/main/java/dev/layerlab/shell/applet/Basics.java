package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;

/** The one-line programs: {@code true}, {@code false}, {@code :}, {@code pwd}, {@code tee}, {@code seq}. */
final class Basics {
  private Basics() {}

  static Program status(int code) {
    return inv -> code;
  }

  static int pwd(Invocation inv) {
    inv.out(inv.cwd() + "\n");
    return 0;
  }

  static int tee(Invocation inv) {
    Options o = Options.parse(inv.args(), "ai", "");
    Content in = inv.stdin();
    int status = 0;
    for (String f : o.operands()) {
      String path = inv.resolve(f);
      try {
        if (o.has('a') && inv.fs().statFollow(path).isPresent()) {
          inv.fs().append(path, in);
        } else if (!path.equals("/dev/null")) {
          int mode = inv.fs().statFollow(path).map(e -> e.mode()).orElse(0644);
          inv.fs().writeFile(path, in, mode, inv.uid(), inv.gid());
        }
      } catch (FsException e) {
        status = inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    inv.out(in);
    return status;
  }

  static int seq(Invocation inv) {
    long first = 1;
    long step = 1;
    long last;
    try {
      int n = inv.args().size();
      if (n == 0 || n > 3) {
        return inv.fail("missing operand");
      }
      last = Long.parseLong(inv.args().get(n - 1));
      first = n > 1 ? Long.parseLong(inv.args().get(0)) : 1;
      step = n == 3 ? Long.parseLong(inv.args().get(1)) : 1;
    } catch (NumberFormatException e) {
      return inv.fail("invalid number");
    }
    if (step == 0 || (last - first) / step > 1_000_000) {
      return inv.fail("layerlab: refusing to print more than a million numbers");
    }
    StringBuilder out = new StringBuilder();
    for (long v = first; step > 0 ? v <= last : v >= last; v += step) {
      out.append(v).append('\n');
    }
    inv.out(out.toString());
    return 0;
  }
}
