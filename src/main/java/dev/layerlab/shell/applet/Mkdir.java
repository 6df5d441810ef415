package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import java.util.List;

/** {@code mkdir [-p] [-m MODE] DIR...}. */
final class Mkdir extends Applet {
  Mkdir() {
    super("pv", "m");
  }

  @Override
  int run(Invocation inv, Options o, List<String> dirs) {
    if (dirs.isEmpty()) {
      return inv.fail("missing operand");
    }
    int mode = 0755;
    if (o.value('m').isPresent()) {
      java.util.OptionalInt m = Modes.apply(o.value('m').get(), 0777);
      if (m.isEmpty()) {
        return inv.fail("invalid mode '" + o.value('m').get() + "'");
      }
      mode = m.getAsInt();
    }
    int status = 0;
    for (String d : dirs) {
      String path = inv.resolve(d);
      try {
        if (o.has('p')) {
          if (!FileArgs.isDir(inv, d)) {
            inv.fs().mkdirs(path, 0755, inv.uid(), inv.gid());
            inv.fs().chmod(path, mode);
          }
        } else {
          inv.fs().mkdir(path, mode, inv.uid(), inv.gid());
        }
      } catch (FsException e) {
        status = inv.fail("can't create directory '" + d + "': " + e.reason());
      }
    }
    return status;
  }
}
