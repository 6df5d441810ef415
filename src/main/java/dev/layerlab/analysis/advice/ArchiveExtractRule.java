package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DL3010: a local archive COPY'd into the image and unpacked by a later RUN of the same stage stays in
 * the COPY's layer even when the RUN deletes it. Fires as hadolint does: a COPY (no --from) of a source
 * or to a target whose name ends like an archive, then a RUN of {@code tar} with an extract flag, or of
 * unzip, gunzip and the like, naming that file. When the RUN is a plain {@code &&} chain with a {@code
 * tar -x} that ADD can do (see {@link TarToAdd}), the fix makes the COPY an ADD to tar's directory and
 * drops the tar (and an {@code rm} of the archive) from the RUN.
 */
final class ArchiveExtractRule implements Rule {
  static final List<String> ARCHIVE = List.of(".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz",
      ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz");
  private static final Set<String> UNPACKERS = Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz",
      "uncompress", "zcat", "gzcat");

  public String id() {
    return "DL3010";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      List<Instruction> all = stage.instructions();
      for (int k = 0; k < all.size(); k++) {
        int at = k;
        if (all.get(k) instanceof Instruction.Copy copy && copy.from().isEmpty()) {
          archiveOf(copy).flatMap(a -> extractor(all, at, a)).ifPresent(run -> out.add(finding(stage, copy, run)));
        }
      }
    }
    return out;
  }

  private Finding finding(Stage stage, Instruction.Copy copy, Instruction.Run run) {
    Optional<Fix> fix = TarToAdd.of(stage, copy, run, archiveOf(copy).orElseThrow());
    return new Finding(id(), copy.node().range().startLine(), "Use `ADD` for extracting archives into an image:"
        + " the archive copied here stays in this layer even after line " + run.node().range().startLine()
        + " unpacks it.", Impact.SIZE, fix);
  }

  /** The archive's file name, as hadolint remembers it: the target's if that is an archive, else a source's. */
  static Optional<String> archiveOf(Instruction.Copy copy) {
    String target = basename(copy.sources().dest());
    if (isArchive(target)) {
      return Optional.of(target);
    }
    return copy.sources().paths().stream().map(ArchiveExtractRule::basename).filter(ArchiveExtractRule::isArchive)
        .findFirst();
  }

  private static Optional<Instruction.Run> extractor(List<Instruction> all, int copyAt, String archive) {
    for (int k = copyAt + 1; k < all.size(); k++) {
      if (all.get(k) instanceof Instruction.Run run
          && ShellCommands.of(run).stream().anyMatch(c -> extracts(c, archive))) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  static boolean extracts(ShellCommands.Command c, String archive) {
    List<String> args = c.args().stream().map(HadolintFlags::text).toList();
    boolean tarX = c.name().equals("tar") && args.stream().anyMatch(a -> a.equals("--extract") || a.equals("--get")
        || a.startsWith("-") && a.contains("x"));
    return (tarX || UNPACKERS.contains(c.name()))
        && args.stream().filter(a -> !a.startsWith("-")).map(ArchiveExtractRule::basename).anyMatch(archive::equals);
  }

  static String basename(String path) {
    String p = path.replaceAll("^[\"']+|[\"']+$", "");
    return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
  }

  private static boolean isArchive(String name) {
    return ARCHIVE.stream().anyMatch(name::endsWith);
  }
}
