package dev.layerlab.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Diagnostic;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.Slot;
import dev.layerlab.schedule.Timeline;
import java.util.Locale;

/**
 * The JSON contract of {@code layerlab build --format json} (the design's §3), which other tools read.
 * Each step's {@code start} and {@code duration} are its place on the timeline; steps stay in Dockerfile order.
 */
public final class BuildJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BuildJson() {}

  public static String render(BuildResult r) {
    return render(r, Scheduler.schedule(r));
  }

  public static String render(BuildResult r, Timeline t) {
    try {
      return MAPPER.writeValueAsString(tree(r, t)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of our own always serialises", e);
    }
  }

  /** A Dockerfile that could not be parsed or planned: no steps ran. */
  public static String notPlanned(Diagnostic d, String builder) {
    ObjectNode o = F.objectNode();
    o.put("exitCode", 1);
    o.putObject("error").put("message", d.message()).put("line", d.range().startLine());
    o.put("builder", builder);
    o.putNull("target");
    o.putArray("steps");
    o.putNull("image");
    o.putArray("warnings");
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of our own always serialises", e);
    }
  }

  static ObjectNode tree(BuildResult r, Timeline t) {
    ObjectNode o = F.objectNode();
    o.put("exitCode", r.exitCode());
    r.error().ifPresent(e -> o.putObject("error").put("message", e.message()).put("line", e.line()));
    o.put("builder", r.plan().options().builder().id());
    o.put("target", r.plan().targetStage().displayName());
    ArrayNode steps = o.putArray("steps");
    r.steps().forEach(s -> steps.add(step(s, r, t.slot(s).orElseThrow())));
    if (r.image().isPresent()) {
      o.set("image", image(r.image().get()));
    } else {
      o.putNull("image");
    }
    ArrayNode warnings = o.putArray("warnings");
    r.warnings().forEach(warnings::add);
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode unmodelled = o.putArray("unmodelled");
    r.unmodelled().forEach(unmodelled::add);
    return o;
  }

  private static ObjectNode step(StepRecord s, BuildResult r, Slot slot) {
    ObjectNode o = F.objectNode();
    o.put("stage", s.stageName());
    o.put("index", s.index());
    o.put("total", s.total());
    o.put("label", r.label(s));
    o.put("instruction", s.name());
    o.put("line", s.line());
    if (s.cached().isPresent()) {
      o.put("cached", s.cached().get());
    } else {
      o.putNull("cached");
    }
    if (s.reason().isPresent()) {
      o.put("reason", s.reason().get());
    } else {
      o.putNull("reason");
    }
    o.put("start", slot.start());
    o.put("duration", slot.duration());
    s.error().ifPresent(e -> o.put("error", e));
    return o;
  }

  private static ObjectNode image(Image image) {
    ObjectNode o = F.objectNode();
    o.put("id", image.id());
    o.put("size", image.size());
    ArrayNode layers = o.putArray("layers");
    image.layers().forEach(l -> layers.add(layer(l)));
    o.set("config", ConfigJson.of(image.config()));
    ArrayNode history = o.putArray("history");
    for (HistoryRow h : image.history()) {
      history.addObject().put("createdBy", h.createdBy()).put("emptyLayer", h.emptyLayer()).put("size", h.size())
          .put("comment", h.comment());
    }
    return o;
  }

  private static ObjectNode layer(Layer l) {
    ObjectNode o = F.objectNode();
    o.put("createdBy", l.createdBy());
    o.put("size", l.size());
    o.put("digest", l.digest());
    o.put("fromBase", l.fromBase());
    ArrayNode files = o.putArray("files");
    for (DiffEntry e : l.diff().entries()) {
      ObjectNode f = files.addObject();
      f.put("path", e.path());
      f.put("type", e.type().name().toLowerCase(Locale.ROOT));
      f.put("size", e.size());
      f.put("mode", String.format("%04o", e.mode()));
      if (e.link().isPresent()) {
        f.put("link", e.link().get());
      } else {
        f.putNull("link");
      }
    }
    return o;
  }
}
