package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.Optional;

/** {@code which NAME...}: programs on PATH only (builtins are not files). */
final class Which implements Program {
  @Override
  public int run(Invocation inv) {
    int status = inv.args().isEmpty() ? 1 : 0;
    for (String name : inv.args()) {
      Optional<String> where = inv.pathOf(name);
      if (where.isPresent()) {
        inv.out(where.get() + "\n");
      } else {
        status = 1;
      }
    }
    return status;
  }
}
