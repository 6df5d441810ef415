package dev.layerlab.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.image.Specs.CatalogueFile;
import dev.layerlab.image.Specs.ConfigSpec;
import dev.layerlab.image.Specs.DocumentedSpec;
import dev.layerlab.image.Specs.EntrySpec;
import dev.layerlab.image.Specs.ImageSpec;
import dev.layerlab.image.Specs.LayerSpec;
import dev.layerlab.image.Specs.RowSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a catalogue file's JSON tree onto {@link Specs}: a missing key is null, as in the records, and
 * an unknown key fails, so a misspelt field in the catalogue is caught by the tests that load it.
 */
final class SpecReader {
  private SpecReader() {}

  static List<String> indexFiles(JsonNode n) {
    keys(n, "index", "files");
    return strings(n.get("files"));
  }

  static CatalogueFile file(JsonNode n) {
    keys(n, "catalogue file", "lists", "fragments", "layers", "images");
    return new CatalogueFile(map(n.get("lists"), SpecReader::strings), map(n.get("fragments"), SpecReader::entries),
        map(n.get("layers"), SpecReader::layer), list(n.get("images"), SpecReader::image));
  }

  private static LayerSpec layer(JsonNode n) {
    keys(n, "layer", "createdBy", "comment", "size", "compressedSize", "sizeBasis", "compressedBasis", "entries");
    return new LayerSpec(text(n, "createdBy"), text(n, "comment"), n.path("size").asLong(),
        n.path("compressedSize").asLong(), text(n, "sizeBasis"), text(n, "compressedBasis"), entries(n.get("entries")));
  }

  private static List<EntrySpec> entries(JsonNode n) {
    return list(n, SpecReader::entry);
  }

  private static EntrySpec entry(JsonNode n) {
    keys(n, "entry", "path", "type", "size", "mode", "uid", "gid", "link", "text", "lines", "include", "programs",
        "names", "fill", "files", "bytes", "rest", "ext");
    return new EntrySpec(text(n, "path"), text(n, "type"), longOrNull(n, "size"), text(n, "mode"), intOrNull(n, "uid"),
        intOrNull(n, "gid"), text(n, "link"), text(n, "text"), strings(n.get("lines")), text(n, "include"),
        text(n, "programs"), strings(n.get("names")), text(n, "fill"), intOrNull(n, "files"), longOrNull(n, "bytes"),
        n.hasNonNull("rest") ? n.get("rest").asBoolean() : null, text(n, "ext"));
  }

  private static ImageSpec image(JsonNode n) {
    keys(n, "image", "names", "family", "version", "variant", "from", "comment", "created", "documented", "history",
        "config");
    return new ImageSpec(strings(n.get("names")), text(n, "family"), text(n, "version"), text(n, "variant"),
        text(n, "from"), text(n, "comment"), text(n, "created"), n.hasNonNull("documented")
            ? documented(n.get("documented")) : null, list(n.get("history"), SpecReader::row),
        n.hasNonNull("config") ? config(n.get("config")) : null);
  }

  private static DocumentedSpec documented(JsonNode n) {
    keys(n, "documented", "uncompressed", "compressed", "basis");
    return new DocumentedSpec(text(n, "uncompressed"), text(n, "compressed"), text(n, "basis"));
  }

  private static RowSpec row(JsonNode n) {
    keys(n, "history row", "layer", "createdBy", "comment");
    return new RowSpec(text(n, "layer"), text(n, "createdBy"), text(n, "comment"));
  }

  private static ConfigSpec config(JsonNode n) {
    keys(n, "config", "env", "cmd", "entrypoint", "workingDir", "user", "labels", "exposedPorts", "volumes", "shell",
        "stopSignal", "onBuild");
    return new ConfigSpec(strings(n.get("env")), strings(n.get("cmd")), strings(n.get("entrypoint")),
        text(n, "workingDir"), text(n, "user"), map(n.get("labels"), JsonNode::asText), strings(n.get("exposedPorts")),
        strings(n.get("volumes")), strings(n.get("shell")), text(n, "stopSignal"), strings(n.get("onBuild")));
  }

  private static void keys(JsonNode n, String what, String... known) {
    if (!n.isObject()) {
      throw new IllegalStateException(what + " is not an object: " + n);
    }
    Set<String> allowed = Set.of(known);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new IllegalStateException("unknown key \"" + key + "\" in " + what);
      }
    }
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }

  private static Long longOrNull(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asLong() : null;
  }

  private static Integer intOrNull(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asInt() : null;
  }

  private static List<String> strings(JsonNode n) {
    return list(n, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode n, Function<JsonNode, T> item) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<T> out = new ArrayList<>(n.size());
    n.forEach(e -> out.add(item.apply(e)));
    return out;
  }

  private static <T> Map<String, T> map(JsonNode n, Function<JsonNode, T> value) {
    if (n == null || n.isNull()) {
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> out.put(e.getKey(), value.apply(e.getValue())));
    return out;
  }
}
