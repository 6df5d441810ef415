package dev.layerlab.build;

import dev.layerlab.build.copy.SourceTree;
import dev.layerlab.cache.KeyPart;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of a RUN's cache key, as BuildKit builds it: the command, the whole environment (every
 * ARG in scope, used or not, and every ENV), the working directory, the user, the mounts' specs
 * (never a secret's value, never a cache mount's contents; a bind mount's source by its content),
 * and the network and security modes.
 */
final class RunKey {
  private RunKey() {}

  static List<KeyPart> parts(Instruction.Run run, StageState s, List<Mount> mounts, List<String> argv,
      BuildSession session) {
    List<KeyPart> parts = new ArrayList<>();
    parts.add(KeyPart.of("instruction", "RUN " + String.join(" ", argv)));
    for (Map.Entry<String, String> e : s.runEnv().entrySet()) {
      parts.add(KeyPart.of((s.args.containsKey(e.getKey()) ? "arg " : "env ") + e.getKey(), e.getValue()));
    }
    parts.add(KeyPart.of("workdir", s.workdir()));
    parts.add(KeyPart.of("user", s.user()));
    for (int i = 0; i < mounts.size(); i++) {
      parts.add(KeyPart.of("mount " + (i + 1), spec(mounts.get(i), run, s, session)));
    }
    run.network().ifPresent(n -> parts.add(KeyPart.of("network", n)));
    run.security().ifPresent(n -> parts.add(KeyPart.of("security", n)));
    return parts;
  }

  private static String spec(Mount m, Instruction.Run run, StageState s, BuildSession session) {
    String spec = "type=" + m.type() + ",target=" + m.target() + ",id=" + m.id() + ",source=" + m.source()
        + ",from=" + m.from() + ",sharing=" + m.sharing() + ",readonly=" + m.readOnly()
        + ",mode=" + m.mode() + ",uid=" + m.uid() + ",gid=" + m.gid() + ",env=" + m.env();
    if (m.type().equals("bind")) {
      SourceTree tree = SourceTrees.resolve(m.from(), session, s, run);
      spec += ",content=" + TreeDigest.of(tree, m.source().isEmpty() ? "/" : m.source());
    }
    return spec;
  }
}
