package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.List;
import java.util.Optional;

/** Reading the project files a model needs (manifests, lock files), safely: missing is empty. */
final class FsText {
  private FsText() {}

  /** The text of a regular file with real bytes; empty if missing, a directory, or modelled content. */
  static Optional<String> read(Invocation inv, String path) {
    Optional<Entry> e = inv.fs().statFollow(path);
    if (e.isEmpty() || !e.get().isFile()) {
      return Optional.empty();
    }
    Content c = inv.fs().content(path);
    return c instanceof Content.Bytes ? Optional.of(ContentText.text(c)) : Optional.empty();
  }

  static boolean exists(Invocation inv, String path) {
    return inv.fs().statFollow(path).isPresent();
  }

  static boolean isDir(Invocation inv, String path) {
    return inv.fs().statFollow(path).map(Entry::isDir).orElse(false);
  }

  /** The names in a directory; empty if it is missing. */
  static List<String> list(Invocation inv, String dir) {
    return isDir(inv, dir) ? inv.fs().list(dir) : List.of();
  }

  /** Total size of the regular files below {@code dir} whose names end with one of {@code exts}. */
  static long sourceBytes(Invocation inv, String dir, List<String> exts, List<String> skipDirs) {
    if (!isDir(inv, dir)) {
      return 0;
    }
    return inv.fs().walk(dir)
        .filter(Entry::isFile)
        .filter(e -> skipDirs.stream().noneMatch(s -> e.path().contains("/" + s + "/")))
        .filter(e -> exts.stream().anyMatch(x -> e.path().endsWith(x)))
        .mapToLong(Entry::size).sum();
  }
}
