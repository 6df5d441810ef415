package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Node project as npm and yarn read it: {@code package.json} (name, version, dependencies,
 * devDependencies, scripts) and the lock file, from the working directory.
 *
 * @param dir the project directory (where package.json is)
 * @param manifest package.json
 * @param lock package-lock.json or npm-shrinkwrap.json, if any
 */
record NodeProject(String dir, JsonNode manifest, Optional<JsonNode> lock) {

  /** The project in {@code dir}; empty when there is no readable package.json. */
  static Optional<NodeProject> read(Invocation inv, String dir) {
    Optional<JsonNode> manifest = FsText.read(inv, PathNames.join(dir, "package.json")).flatMap(ToolData::parse);
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonNode> lock = FsText.read(inv, PathNames.join(dir, "npm-shrinkwrap.json"))
        .or(() -> FsText.read(inv, PathNames.join(dir, "package-lock.json"))).flatMap(ToolData::parse);
    return Optional.of(new NodeProject(dir, manifest.get(), lock));
  }

  String name() {
    return manifest.path("name").asText("app");
  }

  String version() {
    return manifest.path("version").asText("1.0.0");
  }

  Map<String, String> dependencies() {
    return map(manifest.path("dependencies"));
  }

  Map<String, String> devDependencies() {
    return map(manifest.path("devDependencies"));
  }

  Optional<String> script(String name) {
    JsonNode s = manifest.path("scripts").path(name);
    return s.isTextual() ? Optional.of(s.asText()) : Optional.empty();
  }

  String modules() {
    return PathNames.join(dir, "node_modules");
  }

  /** The direct dependencies missing from the lock file ({@code name@range}), for npm ci's sync check. */
  List<String> missingFromLock() {
    List<String> missing = new ArrayList<>();
    JsonNode l = lock.orElseThrow();
    Map<String, String> all = new LinkedHashMap<>(dependencies());
    all.putAll(devDependencies());
    all.forEach((n, range) -> {
      if (!l.path("packages").has("node_modules/" + n) && !l.path("dependencies").has(n)) {
        missing.add(n + "@" + range);
      }
    });
    return missing;
  }

  static Map<String, String> map(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
