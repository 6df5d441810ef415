package dev.layerlab.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.image.ImageConfig;
import java.util.List;

/** An image config in the shape {@code docker image inspect} prints it ({@code Config}): unset lists are null. */
final class ConfigJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ConfigJson() {}

  static ObjectNode of(ImageConfig c) {
    ObjectNode o = F.objectNode();
    o.put("User", c.user());
    ObjectNode ports = o.putObject("ExposedPorts");
    c.exposedPorts().forEach(p -> ports.putObject(p));
    list(o, "Env", c.env());
    list(o, "Cmd", c.cmd());
    list(o, "Entrypoint", c.entrypoint());
    c.healthcheck().ifPresent(h -> {
      ObjectNode hc = o.putObject("Healthcheck");
      list(hc, "Test", h.test());
      hc.put("Interval", h.interval().toNanos());
      hc.put("Timeout", h.timeout().toNanos());
      hc.put("StartPeriod", h.startPeriod().toNanos());
      hc.put("StartInterval", h.startInterval().toNanos());
      hc.put("Retries", h.retries());
    });
    ObjectNode volumes = o.putObject("Volumes");
    c.volumes().forEach(v -> volumes.putObject(v));
    o.put("WorkingDir", c.workingDir());
    ObjectNode labels = o.putObject("Labels");
    c.labels().forEach(labels::put);
    list(o, "OnBuild", c.onBuild());
    list(o, "Shell", c.shell());
    if (!c.stopSignal().isEmpty()) {
      o.put("StopSignal", c.stopSignal());
    }
    return o;
  }

  private static void list(ObjectNode o, String key, List<String> values) {
    if (values.isEmpty()) {
      o.putNull(key);
    } else {
      values.forEach(o.putArray(key)::add);
    }
  }
}
