package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;

/**
 * Writes what a modelled program leaves behind, as the invoking user: small real files (manifests,
 * lists) and synthetic files that carry only a size and a seed. Seeds come from a name, so the same
 * input always gives the same tree and the same digests.
 */
final class TreeWriter {
  private final Invocation inv;
  private long written;

  TreeWriter(Invocation inv) {
    this.inv = inv;
  }

  /** Bytes written so far, for the cost. */
  long written() {
    return written;
  }

  void dir(String path) {
    inv.fs().mkdirs(path, 0755, inv.uid(), inv.gid());
  }

  void text(String path, String text) {
    text(path, text, 0644);
  }

  void text(String path, String text, int mode) {
    put(path, Content.of(text), mode);
  }

  void file(String path, long size, int mode) {
    put(path, Content.synthetic(size, seed(path + ":" + size)), mode);
  }

  /** Writes {@code content} (e.g. an executable with its {@link dev.layerlab.fs.Linkage}). */
  void put(String path, Content content, int mode) {
    dir(PathNames.parent(path));
    place(path, content, mode);
  }

  /** Writes a file whose directory is known to exist. */
  private void place(String path, Content content, int mode) {
    if (inv.fs().stat(path).map(Entry::isDir).orElse(false)) {
      inv.fs().deleteRecursive(path);
    }
    inv.fs().writeFile(path, content, mode, inv.uid(), inv.gid());
    written += content.size();
  }

  void symlink(String path, String target) {
    dir(PathNames.parent(path));
    if (inv.fs().stat(path).isPresent()) {
      inv.fs().deleteRecursive(path);
    }
    inv.fs().symlink(path, target, inv.uid(), inv.gid());
  }

  /**
   * {@code files} synthetic files named {@code <stem>-NNN<ext>} under {@code dir}, sharing {@code bytes}
   * (weights 1..3 in turn, so sizes vary as real files do).
   */
  void fill(String dir, String stem, int files, long bytes, String ext) {
    int n = Math.max(1, files);
    long weights = 0;
    for (int i = 0; i < n; i++) {
      weights += 1 + i % 3;
    }
    long left = bytes;
    dir(dir); // once for all of them: making sure of a deep directory costs a walk down its path
    for (int i = 0; i < n; i++) {
      long share = i == n - 1 ? left : bytes * (1 + i % 3) / weights;
      left -= share;
      long size = Math.max(0, share);
      String path = PathNames.join(dir, String.format("%s-%03d%s", stem, i + 1, ext));
      place(path, Content.synthetic(size, seed(path + ":" + size)), 0644);
    }
  }

  /** How many files a package of this size is written as: about one per 40 kB, 2 to 40. */
  static int fileCount(long bytes) {
    return (int) Math.max(2, Math.min(40, bytes / 40_000));
  }

  /** Removes the path and everything below it, if it exists. */
  void remove(String path) {
    if (inv.fs().stat(path).isPresent()) {
      inv.fs().deleteRecursive(path);
    }
  }

  /** A stable 64-bit seed for a name (FNV-1a). */
  static long seed(String name) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
