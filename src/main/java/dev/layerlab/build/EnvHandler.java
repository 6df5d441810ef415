package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** ENV: every value is read from the environment as it was before the instruction, then all are set. */
final class EnvHandler {
  private EnvHandler() {}

  static void handle(Instruction.Env env, StageState s, BuildSession session, Expand expand) {
    List<String[]> pairs = new ArrayList<>();
    for (Instruction.KeyValue kv : env.pairs()) {
      pairs.add(new String[] {expand.word(s, env, kv.key()), expand.word(s, env, kv.value())});
    }
    List<String> shown = new ArrayList<>();
    for (String[] p : pairs) {
      s.config = s.config.withEnv(p[0], p[1]);
      s.buildEnv.put(p[0], p[1]);
      shown.add(p[0] + "=" + p[1]);
    }
    session.metadata(s, env, "ENV " + String.join(" ", shown));
  }
}
