package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.List;

/** Base for applets: parses options and reports an invalid one the busybox way. */
abstract class Applet implements Program {
  private final String flags;
  private final String valued;

  Applet(String flags, String valued) {
    this.flags = flags;
    this.valued = valued;
  }

  @Override
  public final int run(Invocation inv) {
    Options o = Options.parse(inv.args(), flags, valued);
    if (o.invalid().isPresent()) {
      return inv.fail("invalid option -- '" + o.invalid().get() + "'");
    }
    return run(inv, o, o.operands());
  }

  abstract int run(Invocation inv, Options options, List<String> operands);
}
