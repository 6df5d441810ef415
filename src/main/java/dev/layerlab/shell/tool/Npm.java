package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm ci|install|run|test|start|prune|cache clean}. {@code ci} needs a lock file in sync with
 * package.json and replaces node_modules; {@code install} without a lock resolves package.json through
 * the catalogue. devDependencies are left out with {@code --omit=dev}, {@code --production}, {@code
 * --only=prod} or {@code NODE_ENV=production}. A private package needs a token in an .npmrc (E401
 * otherwise). The cache goes to {@code ~/.npm/_cacache} ({@code npm_config_cache} moves it).
 */
final class Npm implements Program {
  @Override
  public int run(Invocation inv) {
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("omit", "only", "include", "prefix", "cache", "w", "workspace"));
    if (a.has("v", "version") && a.operands().isEmpty()) {
      inv.out("10.2.4\n");
      return 0;
    }
    String cmd = a.operands().isEmpty() ? "help" : a.operands().get(0);
    List<String> rest = a.operands().isEmpty() ? List.of() : a.operands().subList(1, a.operands().size());
    switch (cmd) {
      case "ci": case "clean-install": case "install-clean": return install(inv, a, true, rest);
      case "install": case "i": case "add": return install(inv, a, false, rest);
      case "run": case "run-script":
        return rest.isEmpty() ? 0 : NpmScripts.run(inv, inv.cwd(), rest.get(0), rest.subList(1, rest.size()));
      case "test": case "t": case "start": case "stop": case "restart":
        return NpmScripts.run(inv, inv.cwd(), cmd.equals("t") ? "test" : cmd, rest);
      case "prune": return prune(inv, a);
      case "cache":
        new TreeWriter(inv).remove(cacheDir(inv, a));
        return 0;
      case "config": case "set": case "audit": case "fund": case "ls": case "list": case "view":
        return 0;
      default:
        inv.err("Unknown command: \"" + cmd + "\"\n");
        return 1;
    }
  }

  static String cacheDir(Invocation inv, ToolArgs a) {
    String home = inv.env().getOrDefault("HOME", "/root");
    return a.value("cache").or(() -> Optional.ofNullable(inv.env().get("npm_config_cache")))
        .map(inv::resolve).orElse(home + "/.npm") + "/_cacache";
  }

  static boolean omitDev(Invocation inv, ToolArgs a) {
    if (a.value("include").map(v -> v.contains("dev")).orElse(false)) {
      return false;
    }
    return a.value("omit").map(v -> v.contains("dev")).orElse(false) || a.has("production")
        || a.value("only").map(v -> v.startsWith("prod")).orElse(false)
        || "production".equals(inv.env().get("NODE_ENV"));
  }

  private int install(Invocation inv, ToolArgs a, boolean ci, List<String> names) {
    if (a.has("g", "global")) {
      return NpmGlobal.install(inv, names);
    }
    Optional<NodeProject> project = NodeProject.read(inv, inv.cwd());
    if (project.isEmpty()) {
      return NpmErrors.noPackageJson(inv, inv.cwd());
    }
    NodeProject p = project.get();
    if (ci && p.lock().isEmpty()) {
      return NpmErrors.ciWithoutLock(inv);
    }
    if (ci && !p.missingFromLock().isEmpty()) {
      return NpmErrors.outOfSync(inv, p.missingFromLock());
    }
    List<NodePackage> packages = p.lock().map(NodeInstall::fromLock).orElseGet(() -> NodeInstall.fromManifest(p));
    for (String n : names) {
      packages.add(new NodePackage("node_modules/" + n, n, NodeInstall.version(n), false, true));
    }
    if (omitDev(inv, a)) {
      packages.removeIf(NodePackage::dev);
    }
    Optional<String> denied = NodeInstall.unauthorized(inv, p.dir(), packages);
    if (denied.isPresent()) {
      return NpmErrors.unauthorized(inv, denied.get());
    }
    if (ci) {
      new TreeWriter(inv).remove(p.modules());
    }
    long bytes = NodeInstall.write(inv, p.dir(), packages);
    NodeInstall.cache(inv, cacheDir(inv, a), packages, NodeInstall.tarballRatio());
    int count = packages.stream().mapToInt(NodeInstall::packageCount).sum();
    inv.out("\nadded " + count + " packages, and audited " + (count + 1) + " packages in "
        + Math.round(Costs.charge(inv, "npm install", bytes)) + "s\n\nfound 0 vulnerabilities\n");
    return 0;
  }

  /** {@code npm prune --omit=dev}: drops what the hidden lock file marks as dev. */
  private int prune(Invocation inv, ToolArgs a) {
    String hidden = PathNames.join(inv.cwd(), "node_modules/.package-lock.json");
    Optional<List<NodePackage>> installed = FsText.read(inv, hidden).flatMap(ToolData::parse).map(NodeInstall::fromLock);
    if (installed.isEmpty() || !omitDev(inv, a)) {
      inv.out("up to date, audited 1 package\n");
      return 0;
    }
    TreeWriter w = new TreeWriter(inv);
    List<NodePackage> dev = installed.get().stream().filter(NodePackage::dev).toList();
    for (NodePackage p : dev) {
      w.remove(PathNames.join(inv.cwd(), p.path()));
      NodeInstall.binNames(p).forEach(b -> w.remove(PathNames.join(inv.cwd(), "node_modules/.bin/" + b)));
      int dirs = Math.min(NodeInstall.MAX_CLOSURE_DIRS, NodeInstall.packageCount(p) - 1);
      for (int i = 1; i <= dirs; i++) {
        w.remove(PathNames.join(inv.cwd(), String.format("node_modules/%s-dep-%03d",
            p.name().replace("@", "").replace('/', '-'), i)));
      }
    }
    w.text(hidden, NodeInstall.hiddenLock(installed.get().stream().filter(p -> !p.dev()).toList()));
    inv.out("\nremoved " + dev.stream().mapToInt(NodeInstall::packageCount).sum() + " packages\n");
    return 0;
  }
}
