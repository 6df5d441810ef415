package dev.layerlab.build;

import dev.layerlab.cache.KeyPart;
import dev.layerlab.dockerfile.Instruction;
import java.util.List;
import dev.layerlab.shell.PathNames;

/**
 * WORKDIR: a step that creates the directory (owned by the current USER) and makes a layer, even an
 * empty one when the directory exists. {@code WORKDIR /} is no step at all: it only sets the config.
 */
final class WorkdirHandler {
  private WorkdirHandler() {}

  static void handle(Instruction.Workdir w, StageState s, BuildSession session, Expand expand) {
    String path = PathNames.resolve(s.workdir(), expand.word(s, w, w.path()));
    String name = session.legacy() ? w.node().original().strip() : expand.stepName(s, w);
    s.config = s.config.withWorkingDir(path);
    if (path.equals("/")) {
      session.metadata(s, w, "WORKDIR /");
      return;
    }
    List<KeyPart> parts = List.of(KeyPart.of("instruction", "WORKDIR " + path), KeyPart.of("user", s.user()));
    session.keyedStep(s, w, name, parts, () -> {
      // BuildKit makes the directories as the USER; the legacy builder as root (recorded: with USER
      // 1000:1000 a RUN can write into BuildKit's WORKDIR but not into the legacy builder's).
      UserSpec owner = session.legacy() ? new UserSpec(0, 0) : UserSpec.resolve(s.user(), s.fs());
      s.fs().mkdirs(path, 0755, owner.uid(), owner.gid());
      String text = session.legacy() ? s.legacyNop() + " WORKDIR " + path : "WORKDIR " + path;
      return new BuildSession.Outcome(text, 0.0, List.of());
    });
  }
}
