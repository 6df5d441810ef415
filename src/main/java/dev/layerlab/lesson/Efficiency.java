package dev.layerlab.lesson;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * dive's image efficiency and wasted space (reference layers-and-history §1.2), over the simulated
 * layers. Every leaf of every layer is one occurrence of its path; a whiteout of a directory counts
 * what it hid, of a file 0. Score = Σ min ÷ Σ cumulative per path (1 when nothing counts); wasted =
 * Σ cumulative over paths seen twice or more, as dive prints it (the kept copy included).
 *
 * <p>Lives in {@code lesson} until the {@code analysis} package has its own; then the lesson checks
 * should call that one.
 */
record Efficiency(double score, long wastedBytes) {

  static Efficiency of(Image image) {
    Map<String, long[]> paths = new HashMap<>();
    Map<String, Long> stacked = new HashMap<>();
    for (Layer layer : image.layers()) {
      Set<String> parents = new HashSet<>();
      layer.diff().entries().forEach(e -> parents.add(parent(e.path())));
      for (DiffEntry e : layer.diff().entries()) {
        if (e.type() == DiffType.OPAQUE || (e.type() == DiffType.DIR && parents.contains(e.path()))) {
          continue;
        }
        String path = e.type() == DiffType.WHITEOUT ? e.target() : e.path();
        long size = e.type() == DiffType.WHITEOUT ? under(stacked, path) : e.type() == DiffType.FILE ? e.size() : 0;
        long[] agg = paths.computeIfAbsent(path, k -> new long[] {0, 0, Long.MAX_VALUE});
        agg[0]++;
        agg[1] += size;
        agg[2] = Math.min(agg[2], size);
      }
      layer.diff().entries().stream().filter(e -> e.type() == DiffType.FILE).forEach(e -> stacked.put(e.path(), e.size()));
    }
    long min = 0;
    long cumulative = 0;
    long wasted = 0;
    for (long[] agg : paths.values()) {
      min += agg[2];
      cumulative += agg[1];
      wasted += agg[0] >= 2 ? agg[1] : 0;
    }
    return new Efficiency(cumulative == 0 ? 1.0 : (double) min / cumulative, wasted);
  }

  /** What a whiteout of {@code path} hid: a directory's contents; a file counts 0, as in dive. */
  private static long under(Map<String, Long> stacked, String path) {
    String prefix = path + "/";
    return stacked.entrySet().stream().filter(x -> x.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
