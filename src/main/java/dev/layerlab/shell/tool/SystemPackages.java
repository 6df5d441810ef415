package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A distribution's package catalogue ({@code tools/apt.json}, {@code tools/apk.json}): sizes,
 * dependencies and recommends, and the closure a request installs.
 */
final class SystemPackages {
  private final JsonNode data;

  SystemPackages(String catalogue) {
    this.data = ToolData.catalogue(catalogue);
  }

  JsonNode root() {
    return data;
  }

  boolean known(String name) {
    return data.path("packages").has(name);
  }

  long size(String name) {
    return data.path("packages").path(name).path("size").asLong(data.path("defaultSize").asLong());
  }

  /** What the download weighs: the catalogue's figure, else size × debRatio. */
  long download(String name) {
    JsonNode p = data.path("packages").path(name);
    return p.has("deb") ? p.path("deb").asLong() : Math.round(size(name) * data.path("debRatio").asDouble(0.35));
  }

  List<String> bins(String name) {
    return strings(data.path("packages").path(name).path("bins"));
  }

  /**
   * The requested packages and, depth first, their depends (and recommends when asked), leaving out
   * what {@code installed} says is already there.
   */
  List<String> closure(List<String> requested, boolean recommends, Predicate<String> installed) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : requested) {
      visit(name, recommends, installed, out);
    }
    return new ArrayList<>(out);
  }

  private void visit(String name, boolean recommends, Predicate<String> installed, Set<String> out) {
    if (out.contains(name) || installed.test(name)) {
      return;
    }
    out.add(name);
    JsonNode p = data.path("packages").path(name);
    for (String dep : strings(p.path("depends"))) {
      visit(dep, recommends, installed, out);
    }
    if (recommends) {
      for (String rec : strings(p.path("recommends"))) {
        visit(rec, recommends, installed, out);
      }
    }
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
