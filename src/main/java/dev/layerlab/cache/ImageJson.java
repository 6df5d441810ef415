package dev.layerlab.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.image.Healthcheck;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageConfig;
import dev.layerlab.image.Layer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A locally built image to JSON and back: layers, config and history. */
final class ImageJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ImageJson() {}

  static ObjectNode write(Image image) {
    ObjectNode o = F.objectNode();
    ArrayNode layers = o.putArray("layers");
    image.layers().forEach(l -> layers.add(LayerJson.write(l)));
    o.set("config", config(image.config()));
    ArrayNode history = o.putArray("history");
    for (HistoryRow h : image.history()) {
      history.addObject().put("createdBy", h.createdBy()).put("emptyLayer", h.emptyLayer()).put("comment", h.comment())
          .put("size", h.size()).put("created", h.created().toString());
    }
    return o;
  }

  static Image read(JsonNode o) {
    List<Layer> layers = new ArrayList<>();
    o.get("layers").forEach(l -> layers.add(LayerJson.read(l)));
    List<HistoryRow> history = new ArrayList<>();
    for (JsonNode h : o.get("history")) {
      history.add(new HistoryRow(h.get("createdBy").asText(), h.get("emptyLayer").asBoolean(), h.get("comment").asText(),
          h.get("size").asLong(), Instant.parse(h.get("created").asText())));
    }
    return new Image(layers, config(o.get("config")), history);
  }

  private static ObjectNode config(ImageConfig c) {
    ObjectNode o = F.objectNode();
    list(o, "env", c.env());
    list(o, "cmd", c.cmd());
    list(o, "entrypoint", c.entrypoint());
    o.put("workingDir", c.workingDir()).put("user", c.user()).put("stopSignal", c.stopSignal()).put("os", c.os())
        .put("architecture", c.architecture());
    ObjectNode labels = o.putObject("labels");
    c.labels().forEach(labels::put);
    list(o, "exposedPorts", c.exposedPorts());
    list(o, "volumes", c.volumes());
    list(o, "shell", c.shell());
    list(o, "onBuild", c.onBuild());
    c.healthcheck().ifPresent(h -> {
      ObjectNode hc = o.putObject("healthcheck");
      list(hc, "test", h.test());
      hc.put("interval", h.interval().toNanos()).put("timeout", h.timeout().toNanos())
          .put("startPeriod", h.startPeriod().toNanos()).put("startInterval", h.startInterval().toNanos())
          .put("retries", h.retries());
    });
    return o;
  }

  private static ImageConfig config(JsonNode o) {
    Map<String, String> labels = new LinkedHashMap<>();
    o.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    Optional<Healthcheck> hc = o.has("healthcheck") ? Optional.of(healthcheck(o.get("healthcheck"))) : Optional.empty();
    return new ImageConfig(list(o, "env"), list(o, "cmd"), list(o, "entrypoint"), o.get("workingDir").asText(),
        o.get("user").asText(), labels, list(o, "exposedPorts"), list(o, "volumes"), list(o, "shell"), hc,
        o.get("stopSignal").asText(), list(o, "onBuild"), o.get("os").asText(), o.get("architecture").asText());
  }

  private static Healthcheck healthcheck(JsonNode h) {
    return new Healthcheck(list(h, "test"), Duration.ofNanos(h.get("interval").asLong()),
        Duration.ofNanos(h.get("timeout").asLong()), Duration.ofNanos(h.get("startPeriod").asLong()),
        Duration.ofNanos(h.get("startInterval").asLong()), h.get("retries").asInt());
  }

  private static void list(ObjectNode o, String key, List<String> values) {
    ArrayNode a = o.putArray(key);
    values.forEach(a::add);
  }

  private static List<String> list(JsonNode o, String key) {
    List<String> out = new ArrayList<>();
    o.get(key).forEach(v -> out.add(v.asText()));
    return out;
  }
}
