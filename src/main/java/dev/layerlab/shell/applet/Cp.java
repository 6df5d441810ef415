package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.Optional;

/** {@code cp [-rRapPdf] SRC... DEST}: content is shared, so synthetic files stay synthetic. */
final class Cp extends Applet {
  Cp() {
    super("rRapPdfvnLHTu", "");
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
    Flags flags = new Flags(o.has('r') || o.has('R') || o.has('a'), o.has('a') || o.has('p'),
        o.has('a') || o.has('P') || o.has('d'));
    int status = 0;
    for (String src : sources) {
      String target = destIsDir ? PathNames.join(inv.resolve(dest), PathNames.base(src)) : inv.resolve(dest);
      status |= copy(inv, src, inv.resolve(src), target, flags);
    }
    return status;
  }

  private record Flags(boolean recursive, boolean preserve, boolean noDereference) {}

  private static int copy(Invocation inv, String shown, String from, String to, Flags f) {
    Optional<Entry> e = f.noDereference() ? inv.fs().stat(from) : inv.fs().statFollow(from);
    if (e.isEmpty()) {
      return inv.fail("can't stat '" + shown + "': No such file or directory");
    }
    Entry src = e.get();
    int uid = f.preserve() ? src.uid() : inv.uid();
    int gid = f.preserve() ? src.gid() : inv.gid();
    try {
      if (src.isSymlink()) {
        replace(inv, to);
        inv.fs().symlink(to, src.linkTarget().orElse(""), uid, gid);
      } else if (src.isDir()) {
        return copyDir(inv, shown, from, to, src, f);
      } else {
        Optional<Entry> existing = inv.fs().statFollow(to);
        int mode = existing.isPresent() && !f.preserve() ? existing.get().mode() : src.mode();
        inv.fs().writeFile(to, inv.fs().content(from), mode, uid, gid);
      }
      return 0;
    } catch (FsException x) {
      return inv.fail("can't create '" + shown + "': " + x.reason());
    }
  }

  private static int copyDir(Invocation inv, String shown, String from, String to, Entry src, Flags f) {
    if (!f.recursive()) {
      return inv.fail("omitting directory '" + shown + "'");
    }
    if ((to + "/").startsWith(from + "/")) {
      return inv.fail("cannot copy a directory, '" + shown + "', into itself");
    }
    if (inv.fs().statFollow(to).isEmpty()) {
      inv.fs().mkdir(to, src.mode(), f.preserve() ? src.uid() : inv.uid(), f.preserve() ? src.gid() : inv.gid());
    }
    int status = 0;
    for (String name : inv.fs().list(from)) {
      Flags inner = new Flags(true, f.preserve(), true);
      status |= copy(inv, PathNames.join(shown, name), PathNames.join(from, name), PathNames.join(to, name), inner);
    }
    return status;
  }

  private static void replace(Invocation inv, String path) {
    if (inv.fs().stat(path).isPresent()) {
      inv.fs().delete(path);
    }
  }
}
