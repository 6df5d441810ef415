package dev.layerlab.dockerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exec form: arguments given as a JSON array of strings. Anything that is not a valid JSON array
 * falls back to the shell form silently; a valid array with a non-string element is a hard error.
 * Read with Jackson's streaming parser: no object mapping is needed, and a Dockerfile parse should
 * not pay for loading one.
 */
final class JsonArgs {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonArgs() {}

  /** The top-level elements of a valid array: the strings, and whether every element was one. */
  private record Elements(List<String> strings, boolean allStrings) {}

  /** The strings of the array, or empty when the text is not a JSON array (shell form). */
  static Optional<List<String>> parse(String rest) {
    String text = rest.stripLeading();
    if (!text.startsWith("[")) {
      return Optional.empty();
    }
    Optional<Elements> array = readSingleArray(text);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    if (!array.get().allStrings()) {
      throw new DockerfileException(new Diagnostic(
          "when using JSON array syntax, arrays must be comprised of strings only", SourceRange.line(0)));
    }
    return Optional.of(array.get().strings());
  }

  /** The array's elements when the whole text is exactly one valid JSON array, else empty. */
  private static Optional<Elements> readSingleArray(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      List<String> strings = new ArrayList<>();
      boolean allStrings = true;
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        if (t == null) {
          return Optional.empty(); // the text ended inside the array
        }
        if (t == JsonToken.VALUE_STRING) {
          strings.add(parser.getText());
        } else {
          allStrings = false;
          parser.skipChildren(); // still parsed, so a malformed nested value makes the text invalid
        }
      }
      // Trailing text after the array: not exec form.
      return parser.nextToken() == null ? Optional.of(new Elements(strings, allStrings)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
