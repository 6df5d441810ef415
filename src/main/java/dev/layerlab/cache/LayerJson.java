package dev.layerlab.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Layers and diff entries to JSON and back, for the cache directory: real bytes in base64, synthetic files as size and seed. */
final class LayerJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private LayerJson() {}

  static ObjectNode write(Layer l) {
    ObjectNode o = F.objectNode();
    o.put("createdBy", l.createdBy()).put("size", l.size()).put("digest", l.digest()).put("fromBase", l.fromBase())
        .put("compressedSize", l.compressedSize());
    o.set("entries", entries(l.diff().entries()));
    return o;
  }

  static Layer read(JsonNode o) {
    return new Layer(o.get("createdBy").asText(), new LayerDiff(entries(o.get("entries"))), o.get("size").asLong(),
        o.get("digest").asText(), o.get("fromBase").asBoolean(), o.get("compressedSize").asLong());
  }

  static ArrayNode entries(List<DiffEntry> entries) {
    ArrayNode a = F.arrayNode();
    for (DiffEntry e : entries) {
      ObjectNode n = a.addObject();
      n.put("path", e.path()).put("type", e.type().name()).put("size", e.size()).put("mode", e.mode())
          .put("uid", e.uid()).put("gid", e.gid());
      e.link().ifPresent(l -> n.put("link", l));
      e.content().ifPresent(c -> n.set("content", content(c)));
    }
    return a;
  }

  static List<DiffEntry> entries(JsonNode a) {
    List<DiffEntry> out = new ArrayList<>();
    for (JsonNode n : a) {
      Optional<String> link = n.has("link") ? Optional.of(n.get("link").asText()) : Optional.empty();
      Optional<Content> content = n.has("content") ? Optional.of(content(n.get("content"))) : Optional.empty();
      out.add(new DiffEntry(n.get("path").asText(), DiffType.valueOf(n.get("type").asText()), n.get("size").asLong(),
          n.get("mode").asInt(), n.get("uid").asInt(), n.get("gid").asInt(), link, content));
    }
    return out;
  }

  private static ObjectNode content(Content c) {
    ObjectNode o = F.objectNode();
    if (c instanceof Content.Synthetic s) {
      o.put("size", s.size()).put("seed", s.seed());
    } else {
      o.put("bytes", Base64.getEncoder().encodeToString(((Content.Bytes) c).bytes()));
    }
    return o;
  }

  private static Content content(JsonNode o) {
    if (o.has("bytes")) {
      return Content.of(Base64.getDecoder().decode(o.get("bytes").asText()));
    }
    return new Content.Synthetic(o.get("size").asLong(), o.get("seed").asLong());
  }
}
