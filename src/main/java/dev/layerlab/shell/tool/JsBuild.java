package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;

/**
 * The JavaScript build tools a package.json script calls, found in {@code node_modules/.bin}: {@code
 * tsc} mirrors each {@code .ts} source as {@code .js} into {@code outDir} (tsconfig.json), the bundlers
 * ({@code vite}, {@code react-scripts}, {@code webpack}, {@code next}, {@code esbuild}, {@code rollup})
 * write their output directory sized from the sources plus a share of the production dependencies.
 * Bundle sizing (estimates): sources × 0.8 plus 5% of production dependencies, at most 3 MB of them.
 */
final class JsBuild implements Program {
  private static final List<String> SOURCES = List.of(".js", ".jsx", ".ts", ".tsx", ".mjs", ".css", ".scss", ".vue", ".svelte");
  private static final List<String> SKIP = List.of("node_modules", "dist", "build", ".next", ".git");

  @Override
  public int run(Invocation inv) {
    String tool = inv.name().contains("/") ? PathNames.base(inv.name()) : inv.name();
    if (!inv.args().isEmpty() && List.of("-v", "--version", "--help").contains(inv.args().get(0))) {
      inv.out("1.0.0\n");
      return 0;
    }
    if (tool.equals("tsc")) {
      return tsc(inv);
    }
    boolean build = tool.equals("webpack") || tool.equals("esbuild") || tool.equals("rollup")
        || inv.args().contains("build");
    if (!build) {
      return 0; // a dev server or watcher: nothing lands on disk in a build
    }
    String out = switch (tool) {
      case "react-scripts" -> "build";
      case "next" -> ".next";
      default -> "dist";
    };
    return bundle(inv, tool, PathNames.join(inv.cwd(), out));
  }

  private int tsc(Invocation inv) {
    if (inv.args().contains("--noEmit")) {
      return 0;
    }
    Optional<JsonNode> config = FsText.read(inv, inv.resolve("tsconfig.json")).flatMap(ToolData::parse);
    String outDir = config.map(c -> c.path("compilerOptions").path("outDir").asText("")).orElse("");
    String rootDir = config.map(c -> c.path("compilerOptions").path("rootDir").asText("src")).orElse("src");
    String root = inv.resolve(FsText.isDir(inv, inv.resolve(rootDir)) ? rootDir : ".");
    TreeWriter w = new TreeWriter(inv);
    List<Entry> sources = inv.fs().walk(root).filter(Entry::isFile)
        .filter(e -> (e.path().endsWith(".ts") || e.path().endsWith(".tsx")) && !e.path().endsWith(".d.ts"))
        .filter(e -> SKIP.stream().noneMatch(s -> e.path().contains("/" + s + "/"))).toList();
    for (Entry e : sources) {
      String rel = e.path().substring(root.length()).replaceFirst("\\.tsx?$", ".js");
      String target = outDir.isEmpty() ? PathNames.join(root, rel) : PathNames.join(inv.resolve(outDir), rel);
      w.file(target, Math.max(1, e.size() * 9 / 10), 0644);
    }
    Costs.charge(inv, "js build", w.written());
    return 0;
  }

  private int bundle(Invocation inv, String tool, String out) {
    long sources = FsText.sourceBytes(inv, inv.cwd(), SOURCES, SKIP);
    long deps = NodeProject.read(inv, inv.cwd()).map(p -> p.dependencies().keySet().stream()
        .mapToLong(n -> NodeInstall.bytes(new NodePackage("", n, "", false, true))).sum()).orElse(0L);
    long js = sources * 8 / 10 + Math.min(3_000_000, deps / 20);
    TreeWriter w = new TreeWriter(inv);
    w.remove(out);
    String hash = String.format("%08x", TreeWriter.seed(tool + sources + deps) & 0xffffffffL);
    switch (tool) {
      case "react-scripts" -> {
        w.text(out + "/index.html", "<!doctype html><html><head><title>React App</title></head><body><div id=\"root\"></div></body></html>\n");
        w.file(out + "/static/js/main." + hash + ".js", js, 0644);
        w.file(out + "/static/css/main." + hash + ".css", Math.max(1000, sources / 20), 0644);
        w.text(out + "/asset-manifest.json", "{\"files\": {\"main.js\": \"/static/js/main." + hash + ".js\"}}\n");
      }
      case "next" -> {
        w.fill(out + "/server", "chunk", 20, js * 3 + 5_000_000, ".js");
        w.fill(out + "/static/chunks", "chunk", 15, js, ".js");
        w.fill(out + "/cache/webpack", "pack", 10, 20_000_000, ".pack");
      }
      default -> {
        w.text(out + "/index.html", "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-" + hash + ".js\"></script></head></html>\n");
        w.file(out + "/assets/index-" + hash + ".js", js, 0644);
        w.file(out + "/assets/index-" + hash + ".css", Math.max(1000, sources / 20), 0644);
      }
    }
    inv.out("✓ built in " + Math.round(Costs.charge(inv, "js build", w.written())) + "s\n");
    return 0;
  }
}
