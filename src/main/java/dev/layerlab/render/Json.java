package dev.layerlab.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What the analysis commands' {@code --format json} share: the node factory, indented output, a failed build. */
public final class Json {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of our own always serialises", e);
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  /** A number that may be absent (dive's division by zero user bytes) as null. */
  static void put(ObjectNode o, String key, java.util.OptionalDouble d) {
    if (d.isPresent()) {
      o.put(key, d.getAsDouble());
    } else {
      o.putNull(key);
    }
  }

  /** The object an analysis command prints when the Dockerfile could not be built: its error and line. */
  public static String buildError(String message, int line) {
    ObjectNode o = F.objectNode();
    ObjectNode e = o.putObject("error").put("message", message);
    if (line > 0) {
      e.put("line", line);
    } else {
      e.putNull("line");
    }
    return write(o);
  }
}
