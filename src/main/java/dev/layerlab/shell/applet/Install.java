package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.OptionalInt;

/** {@code install [-d] [-D] [-m MODE] [-o USER] [-g GROUP] SRC... DEST}: copy and set metadata in one go. */
final class Install extends Applet {
  Install() {
    super("dDcsvp", "mog");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    OptionalInt mode = Modes.apply(o.value('m').orElse("755"), 0);
    if (mode.isEmpty()) {
      return inv.fail("invalid mode '" + o.value('m').get() + "'");
    }
    int uid = o.value('o').map(u -> id(u, inv.users().uid(u))).orElse(inv.uid());
    int gid = o.value('g').map(g -> id(g, inv.users().gid(g))).orElse(inv.gid());
    try {
      if (o.has('d')) {
        for (String d : operands) {
          inv.fs().mkdirs(inv.resolve(d), 0755, inv.uid(), inv.gid());
          inv.fs().chmod(inv.resolve(d), mode.getAsInt());
          inv.fs().chown(inv.resolve(d), uid, gid);
        }
        return 0;
      }
      if (operands.size() < 2) {
        return inv.fail("missing file operand");
      }
      String dest = operands.get(operands.size() - 1);
      for (String src : operands.subList(0, operands.size() - 1)) {
        String target = FileArgs.isDir(inv, dest) ? PathNames.join(inv.resolve(dest), PathNames.base(src)) : inv.resolve(dest);
        if (o.has('D')) {
          inv.fs().mkdirs(PathNames.parent(target), 0755, inv.uid(), inv.gid());
        }
        inv.fs().writeFile(target, FileArgs.read(inv, src), mode.getAsInt(), uid, gid);
      }
      return 0;
    } catch (FsException e) {
      return inv.fail("can't stat '" + e.path() + "': " + e.reason());
    }
  }

  private static int id(String name, OptionalInt looked) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return looked.orElse(name.equals("root") ? 0 : -1);
    }
  }
}
