package dev.layerlab.image;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which image does {@code FROM x} mean": the image, plus a note when the catalogue
 * substituted the nearest tag, or a warning when it knew nothing and used an empty stand-in (with,
 * as the note, a "did you mean" when the name looks like a misspelt catalogued family).
 */
public record Resolution(BaseImage image, Optional<String> note, Optional<String> warning) {

  public Resolution {
    Objects.requireNonNull(image);
    Objects.requireNonNull(note);
    Objects.requireNonNull(warning);
  }

  static Resolution exact(BaseImage image) {
    return new Resolution(image, Optional.empty(), Optional.empty());
  }

  static Resolution nearest(BaseImage image, String note) {
    return new Resolution(image, Optional.of(note), Optional.empty());
  }

  static Resolution standIn(BaseImage image, String warning, Optional<String> suggestion) {
    return new Resolution(image, suggestion, Optional.of(warning));
  }

  /** True when the image is a real catalogue entry, exact or nearest. */
  public boolean known() {
    return warning.isEmpty();
  }
}
