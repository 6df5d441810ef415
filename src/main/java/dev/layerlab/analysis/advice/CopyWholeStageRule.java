package dev.layerlab.analysis.advice;

import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.BaseImage;
import dev.layerlab.image.BaseLayer;
import dev.layerlab.image.TreeEntry;
import dev.layerlab.plan.PlannedStage;
import dev.layerlab.plan.StageRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DL3067: {@code COPY --from=<stage> / /} copies a whole filesystem, the other stage's base image
 * included. No rewrite follows mechanically (which paths the app needs is not in the Dockerfile), so
 * there is no fix; the finding measures what the COPY adds to the image and how much of that is files
 * of the other stage's base image, identical by path and size.
 */
final class CopyWholeStageRule implements Rule {
  public String id() {
    return "DL3067";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Copy c && c.from().isPresent() && isRoot(c.sources().dest())
            && c.sources().paths().stream().anyMatch(CopyWholeStageRule::isRoot)) {
          out.add(new Finding(id(), c.node().range().startLine(), "Do not copy an entire filesystem from another stage"
              + measure(s, stage, c), Impact.NONE, Optional.empty()));
        }
      }
    }
    return out;
  }

  private static boolean isRoot(String path) {
    return path.replaceAll("^[\"']+|[\"']+$", "").equals("/");
  }

  private static String measure(Subject s, Stage stage, Instruction.Copy c) {
    Optional<List<DiffEntry>> files = s.result().steps().stream()
        .filter(st -> st.stage() == stage.index() && st.line() == c.node().range().startLine())
        .map(StepRecord::layer).flatMap(Optional::stream).findFirst().map(l -> l.diff().entries());
    if (files.isEmpty()) {
      return ": this build did not run it, so nothing was measured.";
    }
    long added = files.get().stream().filter(e -> e.type() == DiffType.FILE).mapToLong(DiffEntry::size).sum();
    Optional<BaseImage> base = baseOf(s, c.from().get());
    Map<String, Long> baseFiles = base.map(CopyWholeStageRule::files).orElse(Map.of());
    long fromBase = files.get().stream().filter(e -> e.type() == DiffType.FILE
        && baseFiles.getOrDefault(e.path(), -1L) == e.size()).mapToLong(DiffEntry::size).sum();
    return ": it adds " + added + " bytes, " + fromBase + " of them the files of "
        + base.map(BaseImage::name).orElse("no base image") + " that the other stage started from.";
  }

  /** The image the named stage (or image) ultimately starts from. */
  private static Optional<BaseImage> baseOf(Subject s, String from) {
    List<PlannedStage> stages = s.request().plan().stages();
    StageRef ref = stages.stream().filter(p -> p.stage().name().map(from::equalsIgnoreCase).orElse(false)
        || String.valueOf(p.index()).equals(from)).findFirst().map(p -> StageRef.ofStage(p.index()))
        .orElse(StageRef.ofImage(from));
    for (int hops = 0; ref.isStage() && hops <= stages.size(); hops++) {
      ref = s.request().plan().stage(ref.stage().getAsInt()).base();
    }
    return ref.image().filter(i -> !i.equals("scratch")).map(i -> s.request().catalogue().resolve(i).image());
  }

  private static Map<String, Long> files(BaseImage image) {
    Map<String, Long> out = new HashMap<>();
    for (BaseLayer l : image.layers()) {
      for (TreeEntry e : l.entries()) {
        if (e.type() == TreeEntry.Type.FILE) {
          out.put(e.path(), e.size());
        }
      }
    }
    return out;
  }
}
