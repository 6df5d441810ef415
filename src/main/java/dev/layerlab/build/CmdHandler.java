package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** CMD: the container's default command; the shell form runs through SHELL. */
final class CmdHandler {
  private CmdHandler() {}

  static void handle(Instruction.Cmd cmd, StageState s, BuildSession session) {
    List<String> argv = withShell(cmd.command(), s);
    s.config = s.config.withCmd(argv);
    s.cmdSetInStage = true;
    session.metadata(s, cmd, "CMD " + HistoryText.quotedList(argv));
  }

  static List<String> withShell(Instruction.CommandLine cl, StageState s) {
    if (!cl.shellForm()) {
      return cl.args();
    }
    List<String> argv = new ArrayList<>(s.config.effectiveShell());
    argv.addAll(cl.args());
    return argv;
  }
}
