package dev.layerlab.analysis.efficiency;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * dive's efficiency analysis (reference: layers-and-history §1.2). Every layer, the first included,
 * contributes one occurrence per leaf entry: files, symlinks, whiteouts and directories with no child
 * in that layer; opaque markers are ignored. A file whiteout weighs 0, a directory whiteout what it
 * deleted ({@link Mode#DIVE}) or a zero-size occurrence of each deleted file ({@link Mode#CORRECTED}).
 */
public final class Efficiency {
  private Efficiency() {}

  public static EfficiencyReport analyse(Image image, Mode mode) {
    return analyse(image.layers(), mode);
  }

  public static EfficiencyReport analyse(List<Layer> layers, Mode mode) {
    Map<String, Occurrences> paths = new LinkedHashMap<>();
    StackedView below = new StackedView();
    for (int i = 0; i < layers.size(); i++) {
      LayerDiff diff = layers.get(i).diff();
      for (DiffEntry e : leaves(diff)) {
        visit(e, i, below, mode, paths);
      }
      below.apply(diff);
    }
    return report(layers, mode, paths);
  }

  private static void visit(DiffEntry e, int layer, StackedView below, Mode mode, Map<String, Occurrences> paths) {
    String path = "/" + e.target();
    if (e.type() != DiffType.WHITEOUT) {
      add(paths, path, layer, StackedView.tarSize(e));
    } else if (mode == Mode.CORRECTED) {
      add(paths, path, layer, 0);
      below.filesUnder(path).forEach(p -> add(paths, p, layer, 0));
    } else {
      add(paths, path, layer, below.isDir(path) ? below.sizeUnder(path) : 0);
    }
  }

  private static void add(Map<String, Occurrences> paths, String path, int layer, long size) {
    paths.computeIfAbsent(path, p -> new Occurrences()).add(layer, size);
  }

  /** The entries dive visits in one layer: leaves of the layer's own tree, opaque markers left out. */
  static List<DiffEntry> leaves(LayerDiff diff) {
    Set<String> parents = new HashSet<>();
    for (DiffEntry e : diff.entries()) {
      if (e.type() == DiffType.OPAQUE) {
        continue;
      }
      String p = e.target();
      for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
        if (!parents.add(p.substring(0, slash))) {
          break;
        }
      }
    }
    List<DiffEntry> out = new ArrayList<>();
    for (DiffEntry e : diff.entries()) {
      boolean parent = e.type() == DiffType.DIR && parents.contains(e.path());
      if (e.type() != DiffType.OPAQUE && !parent) {
        out.add(e);
      }
    }
    return out;
  }

  private static EfficiencyReport report(List<Layer> layers, Mode mode, Map<String, Occurrences> paths) {
    long sumMin = 0;
    long sumCumulative = 0;
    List<PathWaste> inefficient = new ArrayList<>();
    for (Map.Entry<String, Occurrences> e : paths.entrySet()) {
      Occurrences o = e.getValue();
      sumMin += o.min;
      sumCumulative += o.cumulative;
      if (o.layers.size() >= 2) {
        long wasted = mode == Mode.DIVE ? o.cumulative : o.cumulative - o.min;
        inefficient.add(new PathWaste(e.getKey(), o.layers.size(), o.cumulative, o.min, wasted, o.layers));
      }
    }
    inefficient.sort(Comparator.comparingLong(PathWaste::wasted).reversed().thenComparing(PathWaste::path));
    double score = sumCumulative == 0 ? 1.0 : (double) sumMin / sumCumulative;
    long wasted = inefficient.stream().mapToLong(PathWaste::wasted).sum();
    long[] sizes = layers.stream().mapToLong(l -> l.diff().entries().stream().mapToLong(StackedView::tarSize).sum())
        .toArray();
    long userSize = 0;
    for (int i = 1; i < sizes.length; i++) {
      userSize += sizes[i];
    }
    OptionalDouble userPercent = userSize == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wasted / userSize);
    return new EfficiencyReport(mode, score, wasted, userSize, userPercent, java.util.Arrays.stream(sizes).sum(),
        inefficient);
  }

  private static final class Occurrences {
    final List<Integer> layers = new ArrayList<>();
    long cumulative;
    long min = Long.MAX_VALUE;

    void add(int layer, long size) {
      layers.add(layer);
      cumulative += size;
      min = Math.min(min, size);
    }
  }
}
