package dev.layerlab.fs;

import java.util.HashMap;
import java.util.Map;

/** Copies a whole tree into an empty store, keeping metadata, synthetic content and hardlinks. */
final class TreeCopier {
  private TreeCopier() {}

  static void copy(SimFs from, Store to) {
    Store src = from.store();
    Node root = src.node("/").orElseThrow();
    to.setMeta("/", root.mode(), root.uid(), root.gid());
    Map<Object, String> firstName = new HashMap<>();
    new TreeWalk(src).below("/", p -> copyOne(src, to, p, firstName));
  }

  private static void copyOne(Store src, Store to, String p, Map<Object, String> firstName) {
    Node n = src.node(p).orElseThrow();
    switch (n.type()) {
      case DIR -> to.createDir(p, n.mode(), n.uid(), n.gid());
      case SYMLINK -> to.createSymlink(p, src.linkTarget(p), n.uid(), n.gid());
      case FILE -> {
        String first = n.links() > 1 ? firstName.putIfAbsent(n.inode(), p) : null;
        if (first != null) {
          to.link(p, first);
        } else {
          to.createFile(p, src.content(p), n.mode(), n.uid(), n.gid());
        }
      }
    }
  }
}
