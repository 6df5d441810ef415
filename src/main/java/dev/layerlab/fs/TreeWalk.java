package dev.layerlab.fs;

import java.util.function.Consumer;

/** Visits the physical paths below a directory, parents before children, in lexical order. */
final class TreeWalk {
  private final Store store;

  TreeWalk(Store store) {
    this.store = store;
  }

  void below(String dir, Consumer<String> visitor) {
    for (String name : store.children(dir)) {
      String child = dir.equals("/") ? "/" + name : dir + "/" + name;
      visitor.accept(child);
      if (store.type(child).orElseThrow() == EntryType.DIR) {
        below(child, visitor);
      }
    }
  }
}
