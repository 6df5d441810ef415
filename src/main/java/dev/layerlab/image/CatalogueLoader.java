package dev.layerlab.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.image.Specs.CatalogueFile;
import dev.layerlab.image.Specs.ConfigSpec;
import dev.layerlab.image.Specs.ImageSpec;
import dev.layerlab.image.Specs.LayerSpec;
import dev.layerlab.image.Specs.RowSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the catalogue resources into {@link BaseImage}s. Bad data is a bug in the project, not a
 * user mistake, so it fails loudly (the tests load every image).
 */
final class CatalogueLoader {

  private final Map<String, List<String>> lists = new HashMap<>();
  private final Map<String, List<Specs.EntrySpec>> fragments = new HashMap<>();
  private final Map<String, LayerSpec> layerSpecs = new HashMap<>();
  private final Map<String, ImageSpec> imageSpecs = new LinkedHashMap<>();
  private final Map<String, BaseLayer> layers = new HashMap<>();
  private final Map<String, BaseImage> images = new LinkedHashMap<>();

  /**
   * Reads {@code <folder>/index.json} and the files it lists, from the class path; each image is built
   * only when its listing is asked for it (see {@link Listing}). The listings share this loader, which
   * builds parents first and each layer once.
   */
  static List<Listing> list(String folder) {
    CatalogueLoader loader = new CatalogueLoader();
    for (String file : SpecReader.indexFiles(read(folder + "/index.json"))) {
      loader.collect(file, SpecReader.file(read(folder + "/" + file)));
    }
    return loader.listings();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return JsonTree.read(in).orElseThrow(() -> new IllegalStateException("empty resource " + resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private void collect(String file, CatalogueFile data) {
    putAll(file, lists, data.lists());
    putAll(file, fragments, data.fragments());
    putAll(file, layerSpecs, data.layers());
    for (ImageSpec image : data.images() == null ? List.<ImageSpec>of() : data.images()) {
      putAll(file, imageSpecs, Map.of(image.names().get(0), image));
    }
  }

  private static <V> void putAll(String file, Map<String, V> into, Map<String, V> from) {
    for (Map.Entry<String, V> e : from == null ? Map.<String, V>of().entrySet() : from.entrySet()) {
      if (into.putIfAbsent(e.getKey(), e.getValue()) != null) {
        throw new IllegalStateException(file + ": duplicate name " + e.getKey());
      }
    }
  }

  private List<Listing> listings() {
    // Parents are built first (from), but callers get the order the files list the images in.
    return imageSpecs.values().stream().map(spec -> new Listing(spec.names().get(0), spec.names(), spec.family(),
        orEmpty(spec.version()), orEmpty(spec.variant()), () -> image(spec.names().get(0)))).toList();
  }

  /** One image, its parents first; the listings share this loader, so it is built under its lock. */
  private synchronized BaseImage image(String name) {
    BaseImage done = images.get(name);
    if (done != null) {
      return done;
    }
    ImageSpec spec = imageSpecs.get(name);
    if (spec == null) {
      throw new IllegalStateException("unknown image in from: " + name);
    }
    List<BaseLayer> imageLayers = new ArrayList<>();
    List<HistoryRow> rows = new ArrayList<>();
    if (spec.from() != null) {
      BaseImage parent = image(spec.from());
      imageLayers.addAll(parent.layers());
      rows.addAll(parent.history());
    }
    String defaultComment = spec.comment() == null ? HistoryRow.BUILDKIT_COMMENT : spec.comment();
    Instant created = spec.created() == null ? Instant.EPOCH : Instant.parse(spec.created());
    for (RowSpec row : spec.history() == null ? List.<RowSpec>of() : spec.history()) {
      rows.add(row(row, defaultComment, created, imageLayers));
    }
    BaseImage image = assemble(spec, config(spec.config()), imageLayers, rows);
    images.put(name, image);
    return image;
  }

  private HistoryRow row(
      RowSpec row, String defaultComment, Instant created, List<BaseLayer> imageLayers) {
    if (row.layer() == null) {
      String comment = row.comment() == null ? defaultComment : row.comment();
      return HistoryRow.metadata(row.createdBy(), comment, created);
    }
    BaseLayer layer = layer(row.layer());
    imageLayers.add(layer);
    LayerSpec spec = layerSpecs.get(row.layer());
    String comment = row.comment() != null ? row.comment()
        : spec.comment() != null ? spec.comment() : defaultComment;
    return new HistoryRow(layer.createdBy(), false, comment, layer.size(), created);
  }

  private BaseLayer layer(String id) {
    return layers.computeIfAbsent(id, key -> {
      LayerSpec spec = layerSpecs.get(key);
      if (spec == null) {
        throw new IllegalStateException("unknown layer " + key);
      }
      List<TreeEntry> entries = new EntryExpander(lists, fragments).expand(key, spec);
      StringBuilder canonical = new StringBuilder(spec.createdBy());
      canonical.append('\n').append(spec.size());
      entries.forEach(e -> e.appendCanonical(canonical.append('\n')));
      String digest = ContentDigest.of(canonical.toString());
      return new BaseLayer(spec.createdBy(), spec.size(), spec.compressedSize(), entries, digest,
          spec.sizeBasis(), spec.compressedBasis());
    });
  }

  private static BaseImage assemble(
      ImageSpec spec, ImageConfig config, List<BaseLayer> layers, List<HistoryRow> rows) {
    String name = spec.names().get(0);
    StringBuilder canonical = new StringBuilder(name).append('\n').append(config);
    layers.forEach(l -> canonical.append('\n').append(l.digest()));
    rows.forEach(r -> canonical.append('\n').append(r));
    DocumentedSize documented = spec.documented() == null ? DocumentedSize.NONE
        : new DocumentedSize(spec.documented().uncompressed(), spec.documented().compressed(),
            spec.documented().basis());
    return new BaseImage(name, ImageRef.parse(name).canonical(),
        ContentDigest.of(canonical.toString()), spec.names(), spec.family(),
        orEmpty(spec.version()), orEmpty(spec.variant()), config, layers, rows, documented);
  }

  private static ImageConfig config(ConfigSpec c) {
    if (c == null) {
      return ImageConfig.EMPTY;
    }
    return new ImageConfig(list(c.env()), list(c.cmd()), list(c.entrypoint()),
        orEmpty(c.workingDir()), orEmpty(c.user()), c.labels() == null ? Map.of() : c.labels(),
        list(c.exposedPorts()), list(c.volumes()), list(c.shell()), Optional.empty(),
        orEmpty(c.stopSignal()), list(c.onBuild()), "linux", "amd64");
  }

  private static List<String> list(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
