package dev.layerlab.analysis.secrets;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageConfig;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text of an image a value can hide in, each with its place: layer files that carry real bytes
 * (synthetic files have none to leak), history rows, and the config's fields.
 */
final class Haystack {
  record Straw(Location.Kind kind, String where, String text) {}

  private final List<Straw> straws = new ArrayList<>();

  Haystack(Image image) {
    List<Layer> layers = image.layers();
    for (int i = 0; i < layers.size(); i++) {
      for (DiffEntry e : layers.get(i).diff().entries()) {
        if (e.type() == DiffType.FILE && e.content().orElse(null) instanceof Content.Bytes b) {
          straws.add(new Straw(Location.Kind.LAYER_FILE, "layer " + i + " (" + shortText(layers.get(i).createdBy())
              + "): /" + e.path(), b.utf8()));
        }
      }
    }
    List<HistoryRow> history = image.history();
    for (int i = 0; i < history.size(); i++) {
      straws.add(new Straw(Location.Kind.HISTORY, "history row " + (i + 1), history.get(i).createdBy()));
    }
    config(image.config());
  }

  private void config(ImageConfig c) {
    add("Env", String.join("\n", c.env()));
    add("Cmd", String.join(" ", c.cmd()));
    add("Entrypoint", String.join(" ", c.entrypoint()));
    add("Labels", c.labels().toString());
    add("OnBuild", String.join("\n", c.onBuild()));
    add("WorkingDir", c.workingDir());
    add("User", c.user());
    c.healthcheck().ifPresent(h -> add("Healthcheck", h.toString()));
  }

  private void add(String field, String text) {
    if (!text.isEmpty()) {
      straws.add(new Straw(Location.Kind.CONFIG, "config " + field, text));
    }
  }

  List<Straw> straws() {
    return straws;
  }

  /** Where {@code value} occurs; history rows are named with the value masked. */
  List<Location> find(String value) {
    List<Location> out = new ArrayList<>();
    for (Straw s : straws) {
      if (s.text().contains(value)) {
        String where = s.kind() == Location.Kind.HISTORY
            ? s.where() + ": " + shortText(s.text().replace(value, Leak.mask(value))) : s.where();
        out.add(new Location(s.kind(), where));
      }
    }
    return out;
  }

  private static String shortText(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 60 ? one : one.substring(0, 59) + "…";
  }
}
