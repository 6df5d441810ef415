package dev.layerlab.build;

import dev.layerlab.build.context.PathClean;
import dev.layerlab.build.copy.CopyException;
import dev.layerlab.build.copy.CopyOperation;
import dev.layerlab.build.copy.CopyOutcome;
import dev.layerlab.build.copy.CopyRequest;
import dev.layerlab.build.copy.SourceTree;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Mount;
import dev.layerlab.fs.SimFs;
import java.util.List;

/**
 * {@code RUN --mount=type=bind}: the source (context, stage or image) appears at the target while the
 * command runs, and is gone after. As with the real builder, a mount point it had to create stays in
 * the layer as an empty directory; a file mounted at {@code /m/a.txt} leaves {@code /m} only.
 */
final class BindMount {
  private BindMount() {}

  static void setUp(Mount m, String target, StageState s, BuildSession session, Instruction.Run at,
      List<Runnable> teardown) {
    SimFs fs = s.fs();
    SourceTree tree = SourceTrees.resolve(m.from(), session, s, at);
    String source = m.source().isEmpty() ? "/" : m.source();
    CopyOutcome copied;
    try {
      boolean file = tree.stat(PathClean.rooted(source), true).filter(e -> !e.isDir()).isPresent();
      // A file is mounted as that file (only its directory stays behind, as recorded); a directory's
      // contents appear below the target.
      fs.mkdirs(file ? PathClean.parent(target) : target, 0755, 0, 0);
      copied = CopyOperation.apply(tree, fs, CopyRequest.copy(file ? target : target + "/", source));
    } catch (CopyException e) {
      throw new BuildException(e.getMessage(), at.node().range());
    }
    // Only what the mount brought is taken away, so a directory that was already there keeps its files.
    teardown.add(() -> copied.copied().stream().map(CopyOutcome.Copied::dest)
        .sorted(java.util.Comparator.reverseOrder()).filter(fs::exists).forEach(fs::deleteRecursive));
  }
}
