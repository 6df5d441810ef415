package dev.layerlab.build;

import dev.layerlab.build.copy.SourceTree;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.image.BaseLayers;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code COPY --from} and {@code --mount from} read: an earlier stage's final filesystem, an
 * image's (laid down once per build), or, with no {@code from}, the build context.
 */
final class SourceTrees {
  private SourceTrees() {}

  static SourceTree resolve(String from, BuildSession session, StageState s, Instruction at) {
    if (from.isEmpty()) {
      return SourceTree.of(session.request.context());
    }
    return finishedStage(from, session, s, at).map(done -> SourceTree.of(done.fs(), done.displayName()))
        .orElseGet(() -> SourceTree.of(session.imageTrees.computeIfAbsent(from,
            f -> BaseLayers.toFs(session.image(f))), from));
  }

  /**
   * What a source's files are, without laying them down: the context's digest, the content digests of
   * a stage's layers, or an image's digest.
   */
  static String identity(String from, BuildSession session, StageState s, Instruction at) {
    if (from.isEmpty()) {
      return "context " + session.request.context().digest();
    }
    return finishedStage(from, session, s, at).map(done -> {
      StringBuilder b = new StringBuilder("stage");
      done.layers.forEach(l -> b.append(' ').append(l.digest()));
      return b.toString();
    }).orElseGet(() -> "image " + session.image(from).digest());
  }

  /** The earlier stage {@code from} names, built; empty when it names an image. */
  private static Optional<StageState> finishedStage(String from, BuildSession session, StageState s, Instruction at) {
    int stage = stageIndex(from, session, s);
    if (stage < 0) {
      return Optional.empty();
    }
    StageState done = session.finished.get(stage);
    if (done == null) {
      throw new BuildException("stage " + from + " has not been built", at.node().range());
    }
    return Optional.of(done);
  }

  private static int stageIndex(String from, BuildSession session, StageState s) {
    if (from.matches("\\d+")) {
      return Integer.parseInt(from);
    }
    String lower = from.toLowerCase(Locale.ROOT);
    int found = -1;
    for (Stage st : session.request.plan().dockerfile().stages()) {
      if (st.index() < s.planned.index() && st.name().map(lower::equals).orElse(false)) {
        found = st.index();
      }
    }
    return found;
  }
}
