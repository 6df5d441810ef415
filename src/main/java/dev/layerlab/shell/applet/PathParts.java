package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;

/** {@code basename NAME [SUFFIX]} and {@code dirname NAME}. */
final class PathParts implements Program {
  private final boolean base;

  PathParts(boolean base) {
    this.base = base;
  }

  @Override
  public int run(Invocation inv) {
    if (inv.args().isEmpty()) {
      return inv.fail("missing operand");
    }
    String name = inv.args().get(0);
    if (!base) {
      inv.out(PathNames.parent(name) + "\n");
      return 0;
    }
    String b = name.isEmpty() ? "" : PathNames.base(name);
    if (inv.args().size() > 1) {
      String suffix = inv.args().get(1);
      if (b.endsWith(suffix) && !b.equals(suffix)) {
        b = b.substring(0, b.length() - suffix.length());
      }
    }
    inv.out(b + "\n");
    return 0;
  }
}
