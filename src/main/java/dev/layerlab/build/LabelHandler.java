package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** LABEL: keys and values expanded, added to the config; no layer and no cache key. */
final class LabelHandler {
  private LabelHandler() {}

  static void handle(Instruction.Label label, StageState s, BuildSession session, Expand expand) {
    List<String> shown = new ArrayList<>();
    for (Instruction.KeyValue kv : label.pairs()) {
      String k = expand.word(s, label, kv.key());
      String v = expand.word(s, label, kv.value());
      s.config = s.config.withLabel(k, v);
      shown.add(k + "=" + v);
    }
    session.metadata(s, label, "LABEL " + String.join(" ", shown));
  }
}
