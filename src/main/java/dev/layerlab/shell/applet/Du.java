package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.Optional;

/** {@code du [-s] [-h|-k|-m|-b] [-a] [PATH]...}: 4 KiB blocks like ext4/overlayfs, or bytes with -b. */
final class Du extends Applet {
  Du() {
    super("shkmbacxL", "d");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    int status = 0;
    for (String p : operands.isEmpty() ? List.of(".") : operands) {
      Optional<Entry> e = FileArgs.lstat(inv, p);
      if (e.isEmpty()) {
        status = inv.fail("can't open '" + p + "': No such file or directory");
        continue;
      }
      long size = walk(inv, o, p, inv.resolve(p), e.get(), 0);
      inv.out(show(size, o) + "\t" + p + "\n");
    }
    return status;
  }

  private long walk(Invocation inv, Options o, String shown, String path, Entry e, int depth) {
    long size = o.has('b') ? (e.isDir() ? 4096 : e.size()) : Ls.blocks(e) * 1024;
    if (!e.isDir()) {
      return size;
    }
    for (String name : inv.fs().list(path)) {
      String child = PathNames.join(path, name);
      Optional<Entry> ce = inv.fs().stat(child);
      if (ce.isEmpty()) {
        continue;
      }
      long s = walk(inv, o, PathNames.join(shown, name), child, ce.get(), depth + 1);
      size += s;
      boolean print = !o.has('s') && (ce.get().isDir() || o.has('a'));
      if (print) {
        inv.out(show(s, o) + "\t" + PathNames.join(shown, name) + "\n");
      }
    }
    return size;
  }

  private static String show(long bytes, Options o) {
    if (o.has('h')) {
      return Sizes.human(bytes);
    }
    if (o.has('b')) {
      return Long.toString(bytes);
    }
    return Long.toString(o.has('m') ? (bytes + (1 << 20) - 1) >> 20 : (bytes + 1023) / 1024);
  }
}
