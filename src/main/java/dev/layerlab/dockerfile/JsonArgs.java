package dev.layerlab.dockerfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exec form: arguments given as a JSON array of strings. Anything that is not a valid JSON array
 * falls back to the shell form silently; a valid array with a non-string element is a hard error.
 */
final class JsonArgs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonArgs() {}

  /** The strings of the array, or empty when the text is not a JSON array (shell form). */
  static Optional<List<String>> parse(String rest) {
    String text = rest.stripLeading();
    if (!text.startsWith("[")) {
      return Optional.empty();
    }
    Optional<JsonNode> tree = readSingleValue(text);
    if (tree.isEmpty() || !tree.get().isArray()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : tree.get()) {
      if (!element.isTextual()) {
        throw new DockerfileException(new Diagnostic(
            "when using JSON array syntax, arrays must be comprised of strings only", SourceRange.line(0)));
      }
      out.add(element.textValue());
    }
    return Optional.of(out);
  }

  private static Optional<JsonNode> readSingleValue(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonNode node = JSON.readTree(parser);
      if (node == null || parser.nextToken() != null) {
        return Optional.empty(); // trailing text after the array: not exec form
      }
      return Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

}
