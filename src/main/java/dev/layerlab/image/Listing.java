package dev.layerlab.image;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the catalogue knows of an image before building it: its names and the parts of its tag that
 * resolution matches on. Building an image (expanding its trees, digesting its layers) is most of what
 * loading the catalogue costs, and a build needs one or two images, so each is built when first named.
 */
final class Listing {
  private final String name;
  private final List<String> tags;
  private final String family;
  private final String version;
  private final String variant;
  private final Supplier<BaseImage> build;
  private BaseImage built;

  Listing(String name, List<String> tags, String family, String version, String variant, Supplier<BaseImage> build) {
    this.name = name;
    this.tags = List.copyOf(tags);
    this.family = family;
    this.version = version;
    this.variant = variant;
    this.build = build;
  }

  String name() {
    return name;
  }

  List<String> tags() {
    return tags;
  }

  String family() {
    return family;
  }

  String version() {
    return version;
  }

  String variant() {
    return variant;
  }

  /** The image, built on first use (the catalogue is shared, so only one thread builds it). */
  synchronized BaseImage image() {
    if (built == null) {
      built = build.get();
    }
    return built;
  }
}
