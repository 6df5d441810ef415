package dev.layerlab.image;

import java.util.Objects;

/**
 * The sizes the reference documents for an image (layers-and-history.md §4), as written there:
 * {@code "116.57 MB"}, {@code "1.1 GB"}, or a range {@code "200-215 MB"}; decimal units like
 * {@code docker images}. The catalogued layers must sum to a value that rounds to it.
 *
 * @param basis why the figures are what they are: {@code measured: …}, {@code estimate: …}
 */
public record DocumentedSize(String uncompressed, String compressed, String basis) {

  public static final DocumentedSize NONE = new DocumentedSize("0 B", "0 B", "by definition");

  public DocumentedSize {
    Objects.requireNonNull(uncompressed);
    Objects.requireNonNull(compressed);
    Objects.requireNonNull(basis);
  }
}
