package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import java.util.List;

/** {@code touch [-c] FILE...}: a metadata change on an existing file (copy-up), else a new empty file. */
final class Touch extends Applet {
  Touch() {
    super("cahm", "drt");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    if (files.isEmpty()) {
      return inv.fail("missing file operand");
    }
    int status = 0;
    for (String f : files) {
      String path = inv.resolve(f);
      try {
        if (inv.fs().statFollow(path).isPresent()) {
          inv.fs().touch(path);
        } else if (!o.has('c')) {
          inv.fs().writeFile(path, Content.empty(), 0644, inv.uid(), inv.gid());
        }
      } catch (FsException e) {
        status = inv.fail(f + ": " + e.reason());
      }
    }
    return status;
  }
}
