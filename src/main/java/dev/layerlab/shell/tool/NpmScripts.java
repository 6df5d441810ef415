package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code npm run NAME}: the script from package.json runs in {@code sh -c} in the project directory,
 * with {@code node_modules/.bin} first on PATH, so a tool that is not installed fails as in a real
 * build ({@code sh: 1: tsc: not found}, exit 127: dash numbers the line, busybox does not).
 */
final class NpmScripts {
  private NpmScripts() {}

  static int run(Invocation inv, String dir, String name, List<String> extra) {
    Optional<NodeProject> p = NodeProject.read(inv, dir);
    if (p.isEmpty()) {
      return NpmErrors.noPackageJson(inv, dir);
    }
    Optional<String> script = p.get().script(name);
    if (script.isEmpty()) {
      return NpmErrors.missingScript(inv, name);
    }
    String line = script.get() + (extra.isEmpty() ? "" : " " + String.join(" ", extra.subList(extra.get(0).equals("--") ? 1 : 0, extra.size())));
    inv.out("\n> " + p.get().name() + "@" + p.get().version() + " " + name + "\n> " + line + "\n\n");
    Costs.charge(inv, "npm run", 0);
    String path = PathNames.join(dir, "node_modules/.bin") + ":" + inv.env().getOrDefault("PATH", "/usr/bin:/bin");
    return inv.runScript(line, shellName(inv), List.of(), Map.of("PATH", path, "npm_lifecycle_event", name), inv.io());
  }

  /** dash (Debian) reports errors as {@code sh: 1: …}; busybox (Alpine) as {@code sh: …}. */
  static String shellName(Invocation inv) {
    return inv.fs().resolve("/bin/sh").endsWith("dash") ? "sh: 1" : "sh";
  }
}
