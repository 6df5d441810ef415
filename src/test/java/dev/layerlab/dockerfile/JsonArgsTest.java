package dev.layerlab.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exec form's JSON: valid arrays of strings, the silent fallback, and the one hard error. */
class JsonArgsTest {
  @Test
  void arrayOfStrings_givesTheStrings_withEscapesDecoded() {
    assertThat(JsonArgs.parse(" [\"node\", \"a\\\"b\", \"\\u00e9\"]")).contains(List.of("node", "a\"b", "é"));
    assertThat(JsonArgs.parse("[]")).contains(List.of());
  }

  @Test
  void notOneValidArray_fallsBackToShellForm() {
    for (String text : List.of("echo [x]", "[\"a\"", "[\"a\",]", "[\"a\"] trailing", "[\"a\", {\"x\": }]", "[a]",
        "[\"a\"][\"b\"]", "{\"a\": 1}")) {
      assertThat(JsonArgs.parse(text)).as(text).isEqualTo(Optional.empty());
    }
  }

  @Test
  void validArrayWithANonString_isAHardError() {
    for (String text : List.of("[\"a\", 1]", "[\"a\", [\"b\"]]", "[null]", "[true, \"x\"]", "[{\"k\": \"v\"}]")) {
      assertThatThrownBy(() -> JsonArgs.parse(text)).as(text).isInstanceOf(DockerfileException.class)
          .hasMessageContaining("arrays must be comprised of strings only");
    }
  }
}
