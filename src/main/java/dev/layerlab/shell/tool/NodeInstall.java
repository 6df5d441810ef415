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
 * What {@code npm ci}, {@code npm install} and {@code yarn install} put on disk: a directory per package
 * with its package.json and synthetic files sized from {@code tools/npm.json}, the {@code .bin} links,
 * npm's hidden lock file {@code node_modules/.package-lock.json}, and the download cache. A catalogue
 * closure (packages no lock names) is written as {@code node_modules/<name>-dep-NNN} directories, at most
 * {@value #MAX_CLOSURE_DIRS} per package so huge trees stay light in memory; the bytes are all there.
 */
final class NodeInstall {
  static final int MAX_CLOSURE_DIRS = 60;
  private static final JsonNode CAT = ToolData.catalogue("npm");

  private NodeInstall() {}

  /** The packages a lock file lists (v2/v3 {@code packages}, or v1 {@code dependencies}). */
  static List<NodePackage> fromLock(JsonNode lock) {
    List<NodePackage> out = new ArrayList<>();
    lock.path("packages").fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("node_modules/") && !e.getValue().path("link").asBoolean()) {
        String name = e.getKey().substring(e.getKey().lastIndexOf("node_modules/") + 13);
        JsonNode v = e.getValue();
        out.add(new NodePackage(e.getKey(), name, v.path("version").asText(version(name)),
            v.path("dev").asBoolean(), !v.has("dependencies")));
      }
    });
    if (out.isEmpty()) {
      lock.path("dependencies").fields().forEachRemaining(e -> out.add(new NodePackage("node_modules/" + e.getKey(),
          e.getKey(), e.getValue().path("version").asText(version(e.getKey())), e.getValue().path("dev").asBoolean(),
          !e.getValue().has("requires"))));
    }
    return out;
  }

  /** Without a lock: the manifest's dependencies and, hoisted, their catalogue dependencies. */
  static List<NodePackage> fromManifest(NodeProject p) {
    Map<String, NodePackage> out = new LinkedHashMap<>();
    p.dependencies().keySet().forEach(n -> add(n, false, out));
    p.devDependencies().keySet().forEach(n -> add(n, true, out));
    return new ArrayList<>(out.values());
  }

  private static void add(String name, boolean dev, Map<String, NodePackage> out) {
    NodePackage known = out.get(name);
    if (known != null && (dev || !known.dev())) {
      return;
    }
    out.put(name, new NodePackage("node_modules/" + name, name, version(name), dev, true));
    CAT.path("packages").path(name).path("deps").forEach(d -> add(d.asText(), dev, out));
  }

  static String version(String name) {
    return CAT.path("packages").path(name).path("version").asText("1.0.0");
  }

  static boolean isPrivate(String name) {
    return CAT.path("packages").path(name).path("private").asBoolean();
  }

  static long ownSize(String name) {
    return CAT.path("packages").path(name).path("size").asLong(CAT.path("defaultSize").asLong());
  }

  /** The package's bytes in node_modules, closure included when it is written. */
  static long bytes(NodePackage p) {
    long closure = p.withClosure() ? CAT.path("packages").path(p.name()).path("closure").path("bytes").asLong() : 0;
    return ownSize(p.name()) + closure;
  }

  static int packageCount(NodePackage p) {
    return 1 + (p.withClosure() ? CAT.path("packages").path(p.name()).path("closure").path("packages").asInt() : 0);
  }

  /** Writes the packages under {@code dir}; returns the bytes written. */
  static long write(Invocation inv, String dir, List<NodePackage> packages) {
    TreeWriter w = new TreeWriter(inv);
    for (NodePackage p : packages) {
      writePackage(w, PathNames.join(dir, p.path()), p.name(), p.version(), ownSize(p.name()));
      links(w, dir, p);
      closure(w, dir, p);
    }
    w.text(PathNames.join(dir, "node_modules/.package-lock.json"), hiddenLock(packages));
    return w.written();
  }

  /** npm's {@code node_modules/.package-lock.json}: what is installed, with dev flags. */
  static String hiddenLock(List<NodePackage> packages) {
    StringBuilder hidden = new StringBuilder("{\n  \"lockfileVersion\": 3,\n  \"packages\": {");
    String sep = "\n";
    for (NodePackage p : packages) {
      hidden.append(sep).append("    \"").append(p.path()).append("\": {\"version\": \"").append(p.version())
          .append('"').append(p.dev() ? ", \"dev\": true" : "").append(p.withClosure() ? "" : ", \"dependencies\": {}")
          .append('}');
      sep = ",\n";
    }
    return hidden.append("\n  }\n}\n").toString();
  }

  static List<String> binNames(NodePackage p) {
    List<String> out = new ArrayList<>();
    CAT.path("packages").path(p.name()).path("bin").fieldNames().forEachRemaining(out::add);
    return out;
  }

  static void writePackage(TreeWriter w, String pkgDir, String name, String version, long size) {
    String manifest = "{\n  \"name\": \"" + name + "\",\n  \"version\": \"" + version + "\"\n}\n";
    w.text(PathNames.join(pkgDir, "package.json"), manifest);
    long rest = Math.max(0, size - manifest.length());
    w.fill(PathNames.join(pkgDir, "lib"), "module", TreeWriter.fileCount(rest), rest, ".js");
  }

  private static void links(TreeWriter w, String dir, NodePackage p) {
    CAT.path("packages").path(p.name()).path("bin").fields().forEachRemaining(e -> {
      w.file(PathNames.join(dir, p.path() + "/" + e.getValue().asText()), 2000, 0755);
      w.symlink(PathNames.join(dir, "node_modules/.bin/" + e.getKey()), "../" + p.name() + "/" + e.getValue().asText());
    });
  }

  private static void closure(TreeWriter w, String dir, NodePackage p) {
    JsonNode c = CAT.path("packages").path(p.name()).path("closure");
    if (!p.withClosure() || c.path("packages").asInt() == 0) {
      return;
    }
    int dirs = Math.min(MAX_CLOSURE_DIRS, c.path("packages").asInt());
    long each = c.path("bytes").asLong() / dirs;
    String stem = p.name().replace("@", "").replace('/', '-');
    for (int i = 1; i <= dirs; i++) {
      String name = String.format("%s-dep-%03d", stem, i);
      writePackage(w, PathNames.join(dir, "node_modules/" + name), name, "1.0.0", each);
    }
  }

  /** The first private package when no .npmrc (project or home) holds a token. */
  static Optional<String> unauthorized(Invocation inv, String dir, List<NodePackage> packages) {
    String home = inv.env().getOrDefault("HOME", "/root");
    boolean token = FsText.read(inv, PathNames.join(dir, ".npmrc"))
        .or(() -> FsText.read(inv, PathNames.join(home, ".npmrc"))).map(t -> t.contains("_authToken=")).orElse(false);
    return token ? Optional.empty()
        : packages.stream().map(NodePackage::name).filter(NodeInstall::isPrivate).findFirst();
  }

  /** npm's cache: one compressed tarball per package (closures by their count, capped). */
  static long cache(Invocation inv, String cacheDir, List<NodePackage> packages, double ratio) {
    TreeWriter w = new TreeWriter(inv);
    for (NodePackage p : packages) {
      long h = TreeWriter.seed(p.name() + "@" + p.version());
      String hex = String.format("%016x", h);
      String content = cacheDir + "/content-v2/sha512/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex.substring(4);
      w.file(content, Math.round(bytes(p) * ratio), 0644);
      w.text(cacheDir + "/index-v5/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex.substring(4),
          "{\"key\":\"make-fetch-happen:request-cache:https://registry.npmjs.org/" + p.name() + "\"}\n");
    }
    return w.written();
  }

  static double tarballRatio() {
    return CAT.path("tarballRatio").asDouble(0.3);
  }
}
