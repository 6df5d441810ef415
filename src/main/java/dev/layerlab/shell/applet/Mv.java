package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;

/** {@code mv [-f] SRC... DEST}. */
final class Mv extends Applet {
  Mv() {
    super("fivnT", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    if (operands.size() < 2) {
      return inv.fail("missing file operand");
    }
    List<String> sources = operands.subList(0, operands.size() - 1);
    String dest = operands.get(operands.size() - 1);
    boolean destIsDir = FileArgs.isDir(inv, dest);
    if (sources.size() > 1 && !destIsDir) {
      return inv.fail("'" + dest + "' is not a directory");
    }
    int status = 0;
    for (String src : sources) {
      String target = destIsDir ? PathNames.join(inv.resolve(dest), PathNames.base(src)) : inv.resolve(dest);
      if (FileArgs.lstat(inv, src).isEmpty()) {
        status = inv.fail("can't stat '" + src + "': No such file or directory");
        continue;
      }
      try {
        inv.fs().rename(inv.resolve(src), target);
      } catch (FsException e) {
        status = inv.fail("can't rename '" + src + "': " + e.reason());
      }
    }
    return status;
  }
}
