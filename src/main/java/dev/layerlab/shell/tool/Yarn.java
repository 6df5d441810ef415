package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Yarn 1 (the one Node images ship): {@code yarn [install] [--frozen-lockfile] [--production]}, {@code
 * yarn add}, {@code yarn run NAME} / {@code yarn NAME}, {@code yarn cache clean}. It resolves
 * package.json through the npm catalogue (yarn.lock is checked for presence only) and keeps unpacked
 * copies in its cache ({@code /usr/local/share/.cache/yarn/v6} for root, {@code ~/.cache/yarn/v6}
 * otherwise, {@code YARN_CACHE_FOLDER} to move it), so the cache weighs about what node_modules does.
 */
final class Yarn implements Program {
  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("cache-folder", "modules-folder"));
    String cmd = a.operands().isEmpty() ? "install" : a.operands().get(0);
    List<String> rest = a.operands().isEmpty() ? List.of() : a.operands().subList(1, a.operands().size());
    switch (cmd) {
      case "install": case "add": return install(inv, a, cmd.equals("add") ? rest : List.of());
      case "cache":
        new TreeWriter(inv).remove(cacheDir(inv, a));
        return 0;
      case "run": return rest.isEmpty() ? 0 : NpmScripts.run(inv, inv.cwd(), rest.get(0), rest.subList(1, rest.size()));
      case "global": case "config": case "audit": return 0;
      default: return NpmScripts.run(inv, inv.cwd(), cmd, rest);
    }
  }

  private String cacheDir(Invocation inv, ToolArgs a) {
    String home = inv.env().getOrDefault("HOME", "/root");
    String dflt = inv.uid() == 0 ? "/usr/local/share/.cache/yarn" : home + "/.cache/yarn";
    return a.value("cache-folder").or(() -> Optional.ofNullable(inv.env().get("YARN_CACHE_FOLDER")))
        .map(inv::resolve).orElse(dflt) + "/v6";
  }

  private int install(Invocation inv, ToolArgs a, List<String> names) {
    Optional<NodeProject> project = NodeProject.read(inv, inv.cwd());
    if (project.isEmpty()) {
      inv.err("error Couldn't find a package.json file in \"" + inv.cwd() + "\"\n");
      return 1;
    }
    boolean lock = FsText.exists(inv, PathNames.join(inv.cwd(), "yarn.lock"));
    if (!lock && a.has("frozen-lockfile", "immutable")) {
      inv.err("error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.\n");
      return 1;
    }
    List<NodePackage> packages = NodeInstall.fromManifest(project.get());
    names.forEach(n -> packages.add(new NodePackage("node_modules/" + n, n, NodeInstall.version(n), false, true)));
    if (a.has("production", "prod") || "production".equals(inv.env().get("NODE_ENV"))) {
      packages.removeIf(NodePackage::dev);
    }
    Optional<String> denied = NodeInstall.unauthorized(inv, inv.cwd(), packages);
    if (denied.isPresent()) {
      inv.err("error An unexpected error occurred: \"https://registry.yarnpkg.com/" + denied.get().replace("/", "%2f")
          + ": Request failed \\\"401 Unauthorized\\\"\".\n");
      return 1;
    }
    inv.out("yarn install v1.22.19\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n"
        + "[3/4] Linking dependencies...\n[4/4] Building fresh packages...\n");
    long bytes = NodeInstall.write(inv, inv.cwd(), packages);
    NodeInstall.cache(inv, cacheDir(inv, a), packages, 1.0);
    inv.out("Done in " + Math.round(Costs.charge(inv, "npm install", bytes)) + "s.\n");
    return 0;
  }
}
