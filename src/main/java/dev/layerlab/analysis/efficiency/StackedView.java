package dev.layerlab.analysis.efficiency;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.LayerDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The layers below the current one stacked, as dive stacks them to weigh a whiteout: each path with
 * its tar size and whether a directory entry declared it. A directory that only appears as the parent
 * of another entry is not flagged as one, as in dive, so its whiteout weighs 0.
 */
final class StackedView {
  private record Node(long size, boolean dir) {}

  private final NavigableMap<String, Node> nodes = new TreeMap<>();

  void apply(LayerDiff diff) {
    for (DiffEntry e : diff.entries()) {
      if (e.type() == DiffType.OPAQUE) {
        removeUnder("/" + e.target());
      }
    }
    for (DiffEntry e : diff.entries()) {
      String path = "/" + e.target();
      switch (e.type()) {
        case WHITEOUT -> {
          nodes.remove(path);
          removeUnder(path);
        }
        case OPAQUE -> { }
        case DIR -> nodes.put(path, new Node(0, true));
        default -> nodes.put(path, new Node(tarSize(e), false));
      }
    }
  }

  /** True when a directory entry declared {@code path}. */
  boolean isDir(String path) {
    Node n = nodes.get(path);
    return n != null && n.dir();
  }

  /** The sum of the sizes of everything under {@code dir}. */
  long sizeUnder(String dir) {
    return under(dir).values().stream().mapToLong(Node::size).sum();
  }

  /** Every non-directory path under {@code dir}. */
  List<String> filesUnder(String dir) {
    List<String> out = new ArrayList<>();
    under(dir).forEach((p, n) -> {
      if (!n.dir()) {
        out.add(p);
      }
    });
    return out;
  }

  private NavigableMap<String, Node> under(String dir) {
    String prefix = dir.equals("/") ? "/" : dir + "/";
    return nodes.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
  }

  private void removeUnder(String dir) {
    under(dir).clear();
  }

  /** The size a tar header gives: content bytes for regular files, 0 for anything else. */
  static long tarSize(DiffEntry e) {
    return e.type() == DiffType.FILE ? e.size() : 0;
  }
}
