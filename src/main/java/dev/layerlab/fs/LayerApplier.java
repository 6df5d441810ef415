package dev.layerlab.fs;

import java.util.Optional;

/**
 * Lays a layer onto a {@link SimFs} as an OCI layer extractor does: opaque markers first (they hide
 * only what the lower layers hold, whatever their place in the tar), then whiteouts, then the entries
 * in order, each replacing what is at its path. Missing parents are made 0755 root:root, as tar
 * extractors do. It goes through the public mutations, so inside a step it is journaled and outside
 * it is not.
 */
final class LayerApplier {
  private final SimFs fs;

  LayerApplier(SimFs fs) {
    this.fs = fs;
  }

  void apply(LayerDiff diff) {
    for (DiffEntry e : diff.entries()) {
      if (e.type() == DiffType.OPAQUE) {
        clearChildren(abs(e.target()));
      }
    }
    for (DiffEntry e : diff.entries()) {
      if (e.type() == DiffType.WHITEOUT && fs.stat(abs(e.target())).isPresent()) {
        fs.deleteRecursive(abs(e.target()));
      }
    }
    for (DiffEntry e : diff.entries()) {
      place(e, abs(e.path()));
    }
  }

  private void place(DiffEntry e, String path) {
    if (fs.createNew(path, e)) {
      return;
    }
    switch (e.type()) {
      case DIR -> dir(e, path);
      case FILE -> {
        clear(path);
        fs.writeFile(path, e.content().orElseThrow(), e.mode(), e.uid(), e.gid());
      }
      case SYMLINK -> {
        clear(path);
        fs.symlink(path, e.link().orElseThrow(), e.uid(), e.gid());
      }
      case HARDLINK -> {
        clear(path);
        fs.hardlink(path, abs(e.link().orElseThrow()));
      }
      default -> { } // whiteouts were applied first
    }
  }

  private void dir(DiffEntry e, String path) {
    Optional<Entry> old = fs.stat(path);
    if (old.isPresent() && old.get().isDir()) {
      fs.chmod(path, e.mode());
      fs.lchown(path, e.uid(), e.gid());
      return;
    }
    clear(path);
    fs.mkdir(path, e.mode(), e.uid(), e.gid());
  }

  /** Removes whatever is at the path and makes sure its parent directory exists. */
  private void clear(String path) {
    if (fs.stat(path).isPresent()) {
      fs.deleteRecursive(path);
    } else {
      fs.mkdirs(Resolver.parent(path), 0755, 0, 0);
    }
  }

  private void clearChildren(String dir) {
    Optional<Entry> d = fs.stat(dir);
    if (d.isPresent() && d.get().isDir()) {
      for (String name : fs.list(dir)) {
        fs.deleteRecursive(dir + "/" + name);
      }
    }
  }

  private static String abs(String relative) {
    return "/" + relative;
  }
}
