package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code npx TOOL ARGS}: the project's {@code node_modules/.bin/TOOL} if there is one; otherwise npm
 * fetches the package into {@code ~/.npm/_npx/<hash>} (a layer pays for it) and runs it from there.
 */
final class Npx implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = new ArrayList<>(inv.args());
    args.removeIf(a -> a.equals("-y") || a.equals("--yes"));
    if (args.isEmpty()) {
      inv.err("npm ERR! could not determine executable to run\n");
      return 1;
    }
    String tool = args.get(0);
    String local = PathNames.join(inv.cwd(), "node_modules/.bin/" + tool);
    if (!FsText.exists(inv, local)) {
      String pkg = tool.equals("tsc") ? "typescript" : tool;
      String dir = inv.env().getOrDefault("HOME", "/root") + "/.npm/_npx/"
          + String.format("%016x", TreeWriter.seed(pkg)).substring(0, 16);
      NodePackage p = new NodePackage("node_modules/" + pkg, pkg, NodeInstall.version(pkg), false, true);
      NodeInstall.write(inv, dir, List.of(p));
      local = PathNames.join(dir, "node_modules/.bin/" + tool);
      if (!FsText.exists(inv, local)) {
        inv.err("npm ERR! could not determine executable to run\n");
        return 1;
      }
    }
    List<String> argv = new ArrayList<>(List.of(local));
    argv.addAll(args.subList(1, args.size()));
    return inv.run(argv, inv.io());
  }
}
