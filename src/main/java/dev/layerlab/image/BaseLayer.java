package dev.layerlab.image;

import java.util.List;
import java.util.Objects;

/**
 * One filesystem layer of a catalogued base image.
 *
 * @param createdBy the history text of the step that made it
 * @param size uncompressed size, as {@code docker history} shows it; equals the sum of the entries'
 *     sizes
 * @param compressedSize the gzip blob's size, what a pull transfers
 * @param entries the layer's tree in tar order (parents before children)
 * @param digest a stable {@code sha256:} digest of this layer's data (a stand-in for the DiffID)
 * @param sizeBasis where {@code size} comes from: {@code measured: …}, {@code estimate: …} or
 *     {@code derived: …}
 * @param compressedBasis likewise for {@code compressedSize}
 */
public record BaseLayer(
    String createdBy, long size, long compressedSize, List<TreeEntry> entries, String digest,
    String sizeBasis, String compressedBasis) {

  public BaseLayer {
    Objects.requireNonNull(createdBy);
    entries = List.copyOf(entries);
    Objects.requireNonNull(digest);
    Objects.requireNonNull(sizeBasis);
    Objects.requireNonNull(compressedBasis);
  }

  /** The sum of the entries' sizes; equal to {@link #size()} for every catalogued layer. */
  public long entriesSize() {
    return entries.stream().mapToLong(TreeEntry::size).sum();
  }
}
