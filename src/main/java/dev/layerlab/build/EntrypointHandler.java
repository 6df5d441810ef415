package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.List;

/** ENTRYPOINT: also clears an inherited CMD, unless this stage set CMD itself. */
final class EntrypointHandler {
  private EntrypointHandler() {}

  static void handle(Instruction.Entrypoint ep, StageState s, BuildSession session) {
    List<String> argv = CmdHandler.withShell(ep.command(), s);
    s.config = s.config.withEntrypoint(argv);
    if (!s.cmdSetInStage) {
      s.config = s.config.withCmd(List.of());
    }
    session.metadata(s, ep, "ENTRYPOINT " + HistoryText.quotedList(argv));
  }
}
