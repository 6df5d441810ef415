package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;

/** Test runners and linters ({@code jest}, {@code vitest}, {@code eslint}, {@code prettier}): they pass and write nothing. */
final class JsCheck implements Program {
  @Override
  public int run(Invocation inv) {
    Costs.charge(inv, "js check", 0);
    return 0;
  }
}
