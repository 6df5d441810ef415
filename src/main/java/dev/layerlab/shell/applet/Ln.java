package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.Optional;

/** {@code ln [-sfn] TARGET [LINK]}: symlinks keep the target text as written. */
final class Ln extends Applet {
  Ln() {
    super("sfnvT", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    if (operands.isEmpty()) {
      return inv.fail("missing file operand");
    }
    String target = operands.get(0);
    String link = operands.size() > 1 ? operands.get(operands.size() - 1) : PathNames.base(target);
    String linkPath = inv.resolve(link);
    Optional<Entry> existing = o.has('n') ? inv.fs().stat(linkPath) : inv.fs().statFollow(linkPath);
    if (existing.isPresent() && existing.get().isDir()) {
      linkPath = PathNames.join(linkPath, PathNames.base(target));
      link = PathNames.join(link, PathNames.base(target));
    }
    try {
      if (inv.fs().stat(linkPath).isPresent()) {
        if (!o.has('f')) {
          return inv.fail(link + ": File exists");
        }
        inv.fs().delete(linkPath);
      }
      if (o.has('s')) {
        inv.fs().symlink(linkPath, target, inv.uid(), inv.gid());
      } else {
        inv.fs().hardlink(linkPath, inv.resolve(target));
      }
      return 0;
    } catch (FsException e) {
      return inv.fail(o.has('s') ? link + ": " + e.reason() : target + ": " + e.reason());
    }
  }
}
