package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import java.util.List;

/** {@code npm install -g NAME…}: into {@code /usr/local/lib/node_modules}, bins linked in {@code /usr/local/bin}. */
final class NpmGlobal {
  private NpmGlobal() {}

  static int install(Invocation inv, List<String> names) {
    TreeWriter w = new TreeWriter(inv);
    for (String n : names) {
      String name = n.length() > 1 && n.lastIndexOf('@') > 0 ? n.substring(0, n.lastIndexOf('@')) : n;
      NodePackage p = new NodePackage("node_modules/" + name, name, NodeInstall.version(name), false, true);
      long bytes = NodeInstall.bytes(p);
      NodeInstall.writePackage(w, "/usr/local/lib/node_modules/" + name, name, p.version(), bytes);
      NodeInstall.binNames(p).forEach(b -> w.symlink("/usr/local/bin/" + b, "../lib/node_modules/" + name));
    }
    inv.out("\nadded " + names.size() + " packages in " + Math.round(Costs.charge(inv, "npm install", w.written())) + "s\n");
    return 0;
  }
}
