package dev.layerlab.image;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads one JSON value into Jackson's tree model with Jackson's streaming parser. A plain build reads
 * the catalogues but maps no objects, and an ObjectMapper costs a one-shot command a fifth of a second
 * to set up; the parser and the node factory cost little. Like {@code ObjectMapper.readTree}, text
 * after the first value is ignored and a repeated key keeps its last value.
 */
public final class JsonTree {
  private static final JsonFactory STRICT = new JsonFactory();
  /** What project files allow in practice ({@code package.json}, {@code tsconfig.json}). */
  private static final JsonFactory LENIENT = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /** The first value of a strict JSON stream, or empty when there is none. */
  public static Optional<JsonNode> read(InputStream in) throws IOException {
    try (JsonParser p = STRICT.createParser(in)) {
      return first(p);
    }
  }

  /** The first value of a text that may hold comments and trailing commas, or empty when there is none. */
  public static Optional<JsonNode> readLenient(String text) throws IOException {
    try (JsonParser p = LENIENT.createParser(text)) {
      return first(p);
    }
  }

  private static Optional<JsonNode> first(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    return t == null ? Optional.empty() : Optional.of(value(p, t));
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new IOException("end of input where a value was expected");
    }
    switch (t) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        return array(p);
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return integer(p);
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  private static JsonNode integer(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return NODES.numberNode(p.getIntValue());
      case LONG:
        return NODES.numberNode(p.getLongValue());
      default:
        return NODES.numberNode(p.getBigIntegerValue());
    }
  }

  private static ObjectNode object(JsonParser p) throws IOException {
    ObjectNode o = NODES.objectNode();
    JsonToken t = p.nextToken();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      o.set(name, value(p, p.nextToken()));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IOException("end of input inside an object");
    }
    return o;
  }

  private static ArrayNode array(JsonParser p) throws IOException {
    ArrayNode a = NODES.arrayNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("end of input inside an array");
      }
      a.add(value(p, t));
    }
    return a;
  }
}
