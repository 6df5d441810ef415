package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;

/** MAINTAINER: deprecated, but still recorded in history. */
final class MaintainerHandler {
  private MaintainerHandler() {}

  static void handle(Instruction.Maintainer i, StageState s, BuildSession session) {
    session.metadata(s, i, "MAINTAINER " + i.name());
  }
}
