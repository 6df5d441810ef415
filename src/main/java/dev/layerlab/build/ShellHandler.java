package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;

/** SHELL: the shell later shell-form RUN, CMD and ENTRYPOINT use. */
final class ShellHandler {
  private ShellHandler() {}

  static void handle(Instruction.Shell i, StageState s, BuildSession session) {
    s.config = s.config.withShell(i.shell());
    session.metadata(s, i, "SHELL " + HistoryText.plainList(i.shell()));
  }
}
