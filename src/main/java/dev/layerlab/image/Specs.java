package dev.layerlab.image;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code src/main/resources/images/*.json}, read by {@link SpecReader}. Fields the data may
 * leave out are null here and nowhere else: {@link CatalogueLoader} turns them into values.
 */
final class Specs {

  private Specs() {}

  /** One catalogue file; every section is optional and names are global across files. */
  record CatalogueFile(
      Map<String, List<String>> lists, Map<String, List<EntrySpec>> fragments,
      Map<String, LayerSpec> layers, List<ImageSpec> images) {}

  record LayerSpec(
      String createdBy, String comment, long size, long compressedSize, String sizeBasis,
      String compressedBasis, List<EntrySpec> entries) {}

  /**
   * One line of a layer's tree. Exactly one of: {@code path} (a named entry), {@code include} (a
   * fragment), {@code programs} (a directory of executables, or symlinks when {@code link} is set),
   * {@code fill} (synthetic files adding up to {@code bytes}, or to what the layer has left when
   * {@code rest} is true).
   */
  record EntrySpec(
      String path, String type, Long size, String mode, Integer uid, Integer gid, String link,
      String text, List<String> lines, String include, String programs, List<String> names,
      String fill, Integer files, Long bytes, Boolean rest, String ext) {}

  /** Sizes as the reference writes them, see {@link DocumentedSize}. */
  record DocumentedSpec(String uncompressed, String compressed, String basis) {}

  /**
   * One image. {@code from} names a catalogued image whose layers and history rows come first;
   * {@code config} is always complete (no inheritance), so what you read is what the image has.
   */
  record ImageSpec(
      List<String> names, String family, String version, String variant,
      String from, String comment, String created,
      DocumentedSpec documented, List<RowSpec> history, ConfigSpec config) {}

  /** A history row: {@code layer} names a layer; without it the row is metadata-only. */
  record RowSpec(String layer, String createdBy, String comment) {}

  record ConfigSpec(
      List<String> env, List<String> cmd, List<String> entrypoint, String workingDir, String user,
      Map<String, String> labels, List<String> exposedPorts, List<String> volumes,
      List<String> shell, String stopSignal, List<String> onBuild) {}
}
