package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import java.util.List;

/** {@code apt-get remove|purge}: deletes the files a package's {@code .list} names. */
final class AptRemoval {
  private final Invocation inv;

  AptRemoval(Invocation inv) {
    this.inv = inv;
  }

  int remove(List<String> names) {
    inv.out("Reading package lists...\nBuilding dependency tree...\nReading state information...\n");
    TreeWriter w = new TreeWriter(inv);
    int removed = 0;
    for (String pkg : names) {
      String list = "/var/lib/dpkg/info/" + pkg + ".list";
      var text = FsText.read(inv, list);
      if (text.isEmpty()) {
        inv.out("Package '" + pkg + "' is not installed, so not removed\n");
        continue;
      }
      for (String path : text.get().split("\n")) {
        if (!path.isBlank()) {
          w.remove(path);
        }
      }
      w.remove(list);
      removed++;
    }
    inv.out("0 upgraded, 0 newly installed, " + removed + " to remove and 0 not upgraded.\n");
    Costs.charge(inv, "apt-get remove", 0);
    return 0;
  }
}
