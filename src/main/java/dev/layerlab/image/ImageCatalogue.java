package dev.layerlab.image;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base images {@code FROM} can name, listed once from {@code src/main/resources/images} and each
 * built when first named.
 * Resolution never fails: an exact tag, else the nearest tag of the same family and variant (with
 * a note saying so), else an empty stand-in (with a warning), because a simulator that refuses an
 * unknown image teaches less than one that says what it assumed.
 */
public final class ImageCatalogue {

  private static final String FOLDER = "images";

  private final List<Listing> images;
  private final Map<String, Listing> byTag = new HashMap<>();

  ImageCatalogue(List<Listing> images) {
    this.images = List.copyOf(images);
    for (Listing image : images) {
      for (String tag : image.tags()) {
        if (byTag.putIfAbsent(ImageRef.parse(tag).key(), image) != null) {
          throw new IllegalStateException("tag " + tag + " catalogued twice");
        }
      }
    }
  }

  private static final class Holder {
    static final ImageCatalogue STANDARD = new ImageCatalogue(CatalogueLoader.list(FOLDER));
  }

  /** The project's catalogue, loaded on first use. */
  public static ImageCatalogue standard() {
    return Holder.STANDARD;
  }

  /** Every catalogued image, in catalogue-file order (each built now if it was not yet). */
  public List<BaseImage> images() {
    return images.stream().map(Listing::image).toList();
  }

  /** The image catalogued under exactly this reference (registry defaults and digest ignored). */
  public Optional<BaseImage> exact(String reference) {
    return Optional.ofNullable(byTag.get(ImageRef.parse(reference).key())).map(Listing::image);
  }

  /** What {@code FROM reference} starts from; see the class comment. */
  public Resolution resolve(String reference) {
    ImageRef ref = ImageRef.parse(reference);
    Listing listed = byTag.get(ref.key());
    if (listed != null) {
      BaseImage exact = listed.image();
      return ref.digest().filter(d -> !d.equals(exact.digest()))
          .map(d -> Resolution.nearest(exact, "digest " + shortDigest(d)
              + " is not in the catalogue; using " + exact.name()))
          .orElse(Resolution.exact(exact));
    }
    List<Listing> family =
        images.stream().filter(i -> i.family().equals(ref.repository())).toList();
    if (family.isEmpty()) {
      String warning = "unknown image \"" + reference.trim() + "\": using an empty stand-in";
      return Resolution.standIn(BaseImage.empty(ref.key(), ref.canonical()), warning,
          Spelling.closest(ref.repository(), families()).map(f -> "did you mean " + f + "?"));
    }
    BaseImage nearest = TagMatcher.nearest(family, TagMatcher.parse(ref.tag())).image();
    return Resolution.nearest(nearest,
        ref.key() + " is not catalogued; nearest: " + nearest.name());
  }

  private List<String> families() {
    return images.stream().map(Listing::family).distinct().toList();
  }

  private static String shortDigest(String digest) {
    return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
  }
}
