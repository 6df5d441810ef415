package dev.layerlab.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.Optional;

/** {@code docker image inspect}: the image ID, its config, and the digests of its layers bottom first. */
public final class InspectView {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private InspectView() {}

  public static String render(Image image, Optional<String> tag) {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    ObjectNode o = all.addObject();
    o.put("Id", image.id());
    ArrayNode tags = o.putArray("RepoTags");
    tag.ifPresent(t -> tags.add(t.contains(":") ? t : t + ":latest"));
    o.put("Created", "1970-01-01T00:00:00Z");
    o.set("Config", ConfigJson.of(image.config()));
    o.put("Architecture", image.config().architecture());
    o.put("Os", image.config().os());
    o.put("Size", image.size());
    ObjectNode rootfs = o.putObject("RootFS");
    rootfs.put("Type", "layers");
    ArrayNode layers = rootfs.putArray("Layers");
    image.layers().stream().map(Layer::digest).forEach(layers::add);
    try {
      return MAPPER.writeValueAsString(all) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of our own always serialises", e);
    }
  }
}
