package dev.layerlab.plan;

import dev.layerlab.dockerfile.Instruction;

/**
 * BuildKit's conversion-time check of COPY's sources: a URL or a git reference is ADD's job, and COPY
 * refuses it before any step runs ({@code dockerfile2llb/convert.go dispatchCopy}), at the COPY's lines.
 */
final class CopySources {
  private CopySources() {}

  static void check(Instruction i) {
    if (!(i instanceof Instruction.Copy copy) || copy.from().isPresent()) {
      return;
    }
    for (String src : copy.sources().paths()) {
      if (src.startsWith("http://") || src.startsWith("https://")) {
        throw new PlanException("source can't be a URL for COPY", i.node().range());
      }
      if (src.startsWith("git@") || src.startsWith("git://")) {
        throw new PlanException("source can't be a git ref for COPY", i.node().range());
      }
    }
  }
}
