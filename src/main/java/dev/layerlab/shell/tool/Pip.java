package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install [-r FILE] [PKG…]} with {@code --no-cache-dir} (or {@code PIP_NO_CACHE_DIR}) versus
 * the wheel cache in {@code ~/.cache/pip}, {@code --user}, {@code --prefix}, {@code --target}, and the
 * venv it was found in; {@code uninstall -y}; {@code freeze}. Sizes from {@code tools/pip.json}.
 */
final class Pip implements Program {
  private static final JsonNode CAT = ToolData.catalogue("pip");

  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("r", "requirement", "prefix", "target", "t", "c", "i", "index-url",
        "extra-index-url", "cache-dir", "root"));
    String cmd = a.operands().isEmpty() ? "help" : a.operands().get(0);
    List<String> names = a.operands().isEmpty() ? List.of() : a.operands().subList(1, a.operands().size());
    switch (cmd) {
      case "install": return install(inv, a, names);
      case "uninstall": return uninstall(inv, names);
      case "freeze": case "list": case "check": case "show": case "config": case "cache": return 0;
      default:
        inv.err("ERROR: unknown command \"" + cmd + "\"\n");
        return 1;
    }
  }

  private int install(Invocation inv, ToolArgs a, List<String> names) {
    List<String> requested = new ArrayList<>(names);
    for (String file : a.value("r").or(() -> a.value("requirement")).map(v -> v.split(",")).orElse(new String[0])) {
      Optional<String> text = FsText.read(inv, inv.resolve(file));
      if (text.isEmpty()) {
        inv.err("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '" + file + "'\n");
        return 1;
      }
      requested.addAll(Requirements.parse(text.get()));
    }
    Map<String, String> todo = new LinkedHashMap<>();
    requested.forEach(r -> resolve(Requirements.name(r), Requirements.extras(r), todo));
    PythonEnv env = PythonEnv.of(inv);
    String home = inv.env().getOrDefault("HOME", "/root");
    String base = a.value("prefix").map(inv::resolve).orElse(a.has("user") ? home + "/.local" : env.prefix());
    String site = a.value("target").or(() -> a.value("t")).map(inv::resolve).orElse(env.sitePackages(base));
    TreeWriter w = new TreeWriter(inv);
    todo.forEach((name, version) -> unpack(w, site, PathNames.join(base, "bin"), name, version));
    boolean cache = !a.has("no-cache-dir") && !"1".equals(inv.env().get("PIP_NO_CACHE_DIR"))
        && !"off".equalsIgnoreCase(inv.env().getOrDefault("PIP_NO_CACHE_DIR", ""));
    if (cache) {
      String dir = a.value("cache-dir").map(inv::resolve).orElse(home + "/.cache/pip");
      todo.forEach((name, version) -> w.file(dir + "/http-v2/" + String.format("%016x", TreeWriter.seed(name)) + ".body",
          Math.round(size(name) * CAT.path("wheelRatio").asDouble()), 0644));
    }
    inv.out("Successfully installed " + String.join(" ", todo.entrySet().stream().map(e -> e.getKey() + "-" + e.getValue()).toList()) + "\n");
    Costs.charge(inv, "pip install", w.written());
    return 0;
  }

  private void resolve(String name, List<String> extras, Map<String, String> todo) {
    if (todo.containsKey(name)) {
      return;
    }
    JsonNode p = CAT.path("packages").path(name);
    todo.put(name, p.path("version").asText("1.0.0"));
    p.path("deps").forEach(d -> resolve(d.asText(), List.of(), todo));
    extras.forEach(x -> p.path("extras").path(x).forEach(d -> resolve(d.asText(), List.of(), todo)));
  }

  private static long size(String name) {
    return CAT.path("packages").path(name).path("size").asLong(CAT.path("defaultSize").asLong());
  }

  private void unpack(TreeWriter w, String site, String bin, String name, String version) {
    JsonNode p = CAT.path("packages").path(name);
    String module = p.path("module").asText(name.replace('-', '_'));
    long size = size(name);
    w.fill(PathNames.join(site, module), "module", TreeWriter.fileCount(size), size, ".py");
    String info = PathNames.join(site, name.replace('-', '_') + "-" + version + ".dist-info");
    w.text(info + "/METADATA", "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    w.text(info + "/RECORD", module + "/__init__.py,,\n");
    p.path("bin").forEach(b -> w.text(PathNames.join(bin, b.asText()),
        "#!/usr/local/bin/python\nimport sys\nfrom " + module + " import main\nsys.exit(main())\n", 0755));
  }

  private int uninstall(Invocation inv, List<String> names) {
    PythonEnv env = PythonEnv.of(inv);
    TreeWriter w = new TreeWriter(inv);
    for (String n : names) {
      String site = env.sitePackages(env.prefix());
      w.remove(PathNames.join(site, CAT.path("packages").path(n).path("module").asText(n.replace('-', '_'))));
      FsText.list(inv, site).stream().filter(d -> d.startsWith(n.replace('-', '_') + "-") && d.endsWith(".dist-info"))
          .forEach(d -> w.remove(PathNames.join(site, d)));
      inv.out("Successfully uninstalled " + n + "\n");
    }
    return 0;
  }
}
