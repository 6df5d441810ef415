package dev.layerlab.image;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;

/**
 * The compressed size of a layer the build made, estimated: real text compresses to about a third,
 * modelled binaries and packages to about 0.37 of their size (the ratio measured on official images,
 * layers-and-history §4: 0.30–0.45), and every entry costs a 512-byte tar header before compression.
 */
final class CompressionEstimate {
  private static final double RATIO = 0.37;

  private CompressionEstimate() {}

  static long of(LayerDiff diff) {
    if (diff.isEmpty()) {
      return 32; // BuildKit's empty layer is a 32-byte gzip blob
    }
    long tar = 1024;
    for (DiffEntry e : diff.entries()) {
      tar += 512 + ((e.size() + 511) / 512) * 512;
    }
    return Math.max(32, Math.round(tar * RATIO));
  }
}
