package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.image.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tool catalogues in {@code resources/tools/} (package sizes, costs), read once with Jackson's
 * parser into its tree ({@link JsonTree}), and
 * the lenient JSON reader the models use for project files ({@code package.json}, {@code tsconfig.json}
 * allow comments and trailing commas in practice).
 */
final class ToolData {
  private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

  private ToolData() {}

  /** {@code tools/<name>.json} from the class path. */
  static JsonNode catalogue(String name) {
    return LOADED.computeIfAbsent(name, ToolData::read);
  }

  /** {@code downloads.json}, the well-known URLs shared with ADD. */
  static JsonNode downloads() {
    return LOADED.computeIfAbsent("/downloads.json", ToolData::readResource);
  }

  /** A project file's JSON, or empty when it is not valid JSON. */
  static Optional<JsonNode> parse(String text) {
    try {
      return JsonTree.readLenient(text).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static JsonNode read(String name) {
    return readResource("/tools/" + name + ".json");
  }

  private static JsonNode readResource(String resource) {
    try (InputStream in = ToolData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return JsonTree.read(in).orElseThrow(() -> new IOException("empty"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
