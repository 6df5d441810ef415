package dev.layerlab.image;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an image's config history, as {@code docker history} lists it (oldest first here).
 *
 * @param createdBy the producer's text, e.g. {@code CMD ["node"]} or {@code RUN /bin/sh -c … #
 *     buildkit}
 * @param emptyLayer true for metadata-only rows, which have no filesystem layer
 * @param comment e.g. {@code buildkit.dockerfile.v0}; empty for the legacy builder's rows
 * @param size the layer's uncompressed size, 0 for an empty-layer row
 * @param created when the step ran; {@link Instant#EPOCH} when unknown or deliberately zeroed
 *     (reproducible builders such as Jib and Bazel), which {@code docker history} prints as N/A
 */
public record HistoryRow(
    String createdBy, boolean emptyLayer, String comment, long size, Instant created) {

  /** BuildKit's comment on every history entry it writes. */
  public static final String BUILDKIT_COMMENT = "buildkit.dockerfile.v0";

  public HistoryRow {
    Objects.requireNonNull(createdBy);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(created);
    if (emptyLayer && size != 0) {
      throw new IllegalArgumentException("empty-layer row with size " + size + ": " + createdBy);
    }
  }

  /** A row with no known creation time. */
  public HistoryRow(String createdBy, boolean emptyLayer, String comment, long size) {
    this(createdBy, emptyLayer, comment, size, Instant.EPOCH);
  }

  /** A metadata-only row (ENV, CMD, LABEL …). */
  public static HistoryRow metadata(String createdBy, String comment, Instant created) {
    return new HistoryRow(createdBy, true, comment, 0, created);
  }
}
