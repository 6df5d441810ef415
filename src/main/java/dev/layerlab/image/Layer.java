package dev.layerlab.image;

import dev.layerlab.fs.LayerDiff;

/**
 * One filesystem layer of an image: its diff as a tar would hold it, and where it came from.
 *
 * @param createdBy the history text of the step that made it
 * @param digest a stable {@code sha256:} digest of the diff (a stand-in for the DiffID)
 * @param fromBase true for the base image's own layers
 * @param compressedSize what a push or pull transfers; for built layers an estimate
 */
public record Layer(String createdBy, LayerDiff diff, String digest, boolean fromBase, long compressedSize) {

  /** The size {@code docker history} shows: file bytes plus symlink target lengths. */
  public long size() {
    return diff.size();
  }

  /** A layer the build made; its digest is computed from the diff's content. */
  public static Layer built(String createdBy, LayerDiff diff) {
    return new Layer(createdBy, diff, LayerDigest.of(diff), false, CompressionEstimate.of(diff));
  }
}
