package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming reader gives the tree ObjectMapper.readTree gives; the catalogue mapping is strict. */
class JsonTreeTest {
  private static JsonNode read(String text) throws IOException {
    return JsonTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).orElseThrow();
  }

  @Test
  void sameTreeAsObjectMapper_forEveryKindOfValue() throws IOException {
    String text = "{\"s\":\"x\\u00e9\",\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,"
        + "\"d\":1.5,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,[2],{\"k\":\"v\"}],\"o\":{},\"e\":[],\"s\":\"last\"}";
    assertThat(read(text)).isEqualTo(new ObjectMapper().readTree(text));
  }

  @Test
  void lenient_allowsCommentsAndTrailingCommas_andIgnoresTextAfterTheValue() throws IOException {
    assertThat(JsonTree.readLenient("{ // deps\n \"a\": [1, 2,], /* x */ }")).hasValueSatisfying(n ->
        assertThat(n.get("a").size()).isEqualTo(2));
    assertThat(JsonTree.readLenient("{\"a\": 1} trailing")).hasValueSatisfying(n ->
        assertThat(n.get("a").asInt()).isEqualTo(1));
    assertThat(JsonTree.readLenient("  ")).isEmpty();
  }

  @Test
  void truncatedOrInvalidJson_isAnIOException() {
    for (String bad : new String[] {"{\"a\": [1, 2", "{\"a\":", "[1, }", "{\"a\" 1}"}) {
      assertThatThrownBy(() -> JsonTree.readLenient(bad)).as(bad).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aCatalogueFileWithAnUnknownKey_fails() throws IOException {
    assertThatThrownBy(() -> SpecReader.file(read("{\"layers\": {\"l\": {\"createdBy\": \"x\", \"sise\": 1}}}")))
        .isInstanceOf(IllegalStateException.class).hasMessage("unknown key \"sise\" in layer");
  }
}
