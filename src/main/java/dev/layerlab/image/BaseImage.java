package dev.layerlab.image;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogued base image: what {@code FROM} starts from.
 *
 * @param name the tag it was catalogued under, e.g. {@code node:20}
 * @param reference the canonical reference, e.g. {@code docker.io/library/node:20}
 * @param digest a stable fake {@code sha256:} digest derived from the catalogue data
 * @param tags every reference this entry answers to exactly
 * @param family the repository, e.g. {@code node} or {@code gcr.io/distroless/static-debian12}
 * @param version the version part of the tag used for nearest-tag resolution ({@code 20}, {@code
 *     3.12}), empty when the image has none
 * @param variant {@code slim}, {@code alpine}, {@code jre} …, empty for the family's plain variant
 * @param layers the filesystem layers, bottom first
 * @param history every history row, oldest first, empty-layer rows included
 */
public record BaseImage(
    String name, String reference, String digest, List<String> tags, String family,
    String version, String variant, ImageConfig config, List<BaseLayer> layers,
    List<HistoryRow> history, DocumentedSize documented) {

  public BaseImage {
    Objects.requireNonNull(name);
    Objects.requireNonNull(reference);
    Objects.requireNonNull(digest);
    tags = List.copyOf(tags);
    Objects.requireNonNull(config);
    layers = List.copyOf(layers);
    history = List.copyOf(history);
    Objects.requireNonNull(documented);
  }

  /** An image with no layers and an empty config, for {@code scratch} or an unknown reference. */
  public static BaseImage empty(String name, String reference) {
    String digest = ContentDigest.of("empty-image\n" + reference);
    return new BaseImage(name, reference, digest, List.of(name), name, "", "", ImageConfig.EMPTY,
        List.of(), List.of(), DocumentedSize.NONE);
  }

  /** When the image was built: its newest history row's time ({@link Instant#EPOCH} if unknown). */
  public Instant created() {
    return history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).created();
  }

  /** Uncompressed size of all layers, what {@code docker images} shows. */
  public long size() {
    return layers.stream().mapToLong(BaseLayer::size).sum();
  }

  /** Sum of the compressed blobs, what a pull transfers. */
  public long compressedSize() {
    return layers.stream().mapToLong(BaseLayer::compressedSize).sum();
  }

  public boolean isEmpty() {
    return layers.isEmpty();
  }

  /**
   * The entry at a relative path ({@code etc/passwd}) as the merged image shows it: the topmost
   * layer's. Symlinks are not followed; base layers carry no whiteouts, so no deletion is missed.
   */
  public Optional<TreeEntry> entry(String path) {
    String key = path.startsWith("/") ? path.substring(1) : path;
    for (int i = layers.size() - 1; i >= 0; i--) {
      for (TreeEntry e : layers.get(i).entries()) {
        if (e.path().equals(key)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
