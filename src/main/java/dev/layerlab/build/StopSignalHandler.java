package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;

/** STOPSIGNAL: the signal that stops the container. */
final class StopSignalHandler {
  private StopSignalHandler() {}

  static void handle(Instruction.StopSignal i, StageState s, BuildSession session, Expand expand) {
    String signal = expand.word(s, i, i.signal());
    s.config = s.config.withStopSignal(signal);
    session.metadata(s, i, "STOPSIGNAL " + signal);
  }
}
