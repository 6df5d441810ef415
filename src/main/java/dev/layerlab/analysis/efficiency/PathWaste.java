package dev.layerlab.analysis.efficiency;

/**
 * One path seen in more than one layer.
 *
 * @param path absolute, as dive prints it ({@code /etc/nginx/nginx.conf})
 * @param count the layers in which the path occurs (an add, a change or a whiteout)
 * @param cumulative the sum of its occurrences' sizes
 * @param smallest the smallest occurrence
 * @param wasted what the mode counts as wasted: {@code cumulative} for dive, {@code cumulative -
 *     smallest} corrected
 * @param layers the indexes of the layers it occurs in, bottom first
 */
public record PathWaste(String path, int count, long cumulative, long smallest, long wasted,
    java.util.List<Integer> layers) {
  public PathWaste {
    layers = java.util.List.copyOf(layers);
  }
}
