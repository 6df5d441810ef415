package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** VOLUME: mount points for the container; the build itself is unaffected. */
final class VolumeHandler {
  private VolumeHandler() {}

  static void handle(Instruction.Volume volume, StageState s, BuildSession session, Expand expand) {
    List<String> paths = new ArrayList<>();
    for (String p : volume.paths()) {
      String v = expand.word(s, volume, p);
      paths.add(v);
      if (!s.config.volumes().contains(v)) {
        s.config = s.config.withVolume(v);
      }
    }
    session.metadata(s, volume, "VOLUME " + HistoryText.plainList(paths));
  }
}
