package dev.layerlab.render;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The image's filesystem as the layers up to some point stack it: each path with the entry that
 * wrote it last and that layer's number. Whiteouts and opaque markers remove what lies below.
 */
final class MergedTree {
  /** One visible path: the entry that made it and the layer (0-based) it came from. */
  record Origin(DiffEntry entry, int layer) {}

  private final NavigableMap<String, Origin> paths = new TreeMap<>();

  /** The merge of {@code layers[0..count)}. */
  static MergedTree of(List<Layer> layers, int count) {
    MergedTree t = new MergedTree();
    for (int i = 0; i < Math.min(count, layers.size()); i++) {
      t.apply(layers.get(i), i);
    }
    return t;
  }

  private void apply(Layer layer, int index) {
    for (DiffEntry e : layer.diff().entries()) {
      if (e.type() == DiffType.WHITEOUT) {
        removeTree(e.target());
      } else if (e.type() == DiffType.OPAQUE) {
        removeBelow(e.target());
      } else {
        paths.put(e.path(), new Origin(e, index));
      }
    }
  }

  private void removeTree(String path) {
    paths.remove(path);
    removeBelow(path);
  }

  private void removeBelow(String dir) {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    paths.subMap(prefix, true, prefix + Character.MAX_VALUE, false).clear();
  }

  boolean contains(String path) {
    return paths.containsKey(path);
  }

  /** Every visible path at or below {@code path} ({@code ""}: everything). */
  NavigableMap<String, Origin> under(String path) {
    if (path.isEmpty()) {
      return paths;
    }
    NavigableMap<String, Origin> out = new TreeMap<>(paths.subMap(path + "/", true, path + "/" + Character.MAX_VALUE, false));
    if (paths.containsKey(path)) {
      out.put(path, paths.get(path));
    }
    return out;
  }

  /** The bytes of the files at or below {@code path}. */
  long bytesUnder(String path) {
    return under(path).values().stream().mapToLong(o -> o.entry().size()).sum();
  }

  /** The layers that hold the files at or below {@code path}, ascending. */
  TreeSet<Integer> layersUnder(String path) {
    TreeSet<Integer> out = new TreeSet<>();
    under(path).values().stream().filter(o -> o.entry().size() > 0).forEach(o -> out.add(o.layer()));
    if (out.isEmpty()) {
      under(path).values().forEach(o -> out.add(o.layer()));
    }
    return out;
  }
}
