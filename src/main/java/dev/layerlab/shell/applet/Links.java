package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import java.util.Optional;

/** {@code readlink [-f]} and {@code realpath}: what a symlink says, or the physical path. */
final class Links {
  private Links() {}

  static int readlink(Invocation inv) {
    Options o = Options.parse(inv.args(), "fenmqsv", "");
    if (o.operands().isEmpty()) {
      return inv.fail("missing operand");
    }
    String p = o.operands().get(0);
    if (o.has('f') || o.has('e') || o.has('m')) {
      return realpath(inv, p);
    }
    Optional<Entry> e = FileArgs.lstat(inv, p);
    if (e.isEmpty() || e.get().linkTarget().isEmpty()) {
      return 1;
    }
    inv.out(e.get().linkTarget().get() + "\n");
    return 0;
  }

  static int realpath(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail("missing operand");
    }
    return realpath(inv, inv.args().get(inv.args().size() - 1));
  }

  private static int realpath(Invocation inv, String p) {
    String physical = inv.fs().resolve(inv.resolve(p));
    if (inv.fs().stat(physical).isEmpty()) {
      return inv.fail(p + ": No such file or directory");
    }
    inv.out(physical + "\n");
    return 0;
  }
}
