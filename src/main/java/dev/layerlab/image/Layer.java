package dev.layerlab.image;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.LayerDiff;

/**
 * One filesystem layer of an image: its diff as a tar would hold it, and where it came from.
 *
 * @param createdBy the history text of the step that made it
 * @param size what {@code docker history} shows for it; see {@link #built}
 * @param digest a stable {@code sha256:} digest of the diff (a stand-in for the DiffID)
 * @param fromBase true for the base image's own layers
 * @param compressedSize what a push or pull transfers; for built layers an estimate
 */
public record Layer(String createdBy, LayerDiff diff, long size, String digest, boolean fromBase, long compressedSize) {

  /** A layer of a catalogued base image, laid down as it is. */
  public static Layer ofBase(BaseLayer layer) {
    return new Layer(layer.createdBy(), BaseLayers.toDiff(layer), layer.size(), layer.digest(), true,
        layer.compressedSize());
  }

  /**
   * A layer the build made; its digest is computed from the diff's content. Its size is what the real
   * builder reports: BuildKit counts regular files only (symlinks and hardlinks add nothing), the
   * legacy builder adds the length of each symlink's target.
   */
  public static Layer built(String createdBy, LayerDiff diff, boolean countSymlinks) {
    long size = diff.entries().stream().filter(e -> e.type() == DiffType.FILE
        || (countSymlinks && e.type() == DiffType.SYMLINK)).mapToLong(DiffEntry::size).sum();
    return new Layer(createdBy, diff, size, LayerDigest.of(diff), false, CompressionEstimate.of(diff));
  }
}
