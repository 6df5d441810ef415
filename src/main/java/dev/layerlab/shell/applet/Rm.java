package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import java.util.List;
import java.util.Optional;

/** {@code rm [-rRf] PATH...}; {@code /} itself is refused (GNU) or emptied (busybox). */
final class Rm extends Applet {
  Rm() {
    super("rRfiv", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> paths) {
    boolean force = o.has('f');
    boolean recursive = o.has('r') || o.has('R');
    if (paths.isEmpty()) {
      return force ? 0 : inv.fail("missing operand");
    }
    int status = 0;
    for (String p : paths) {
      status |= remove(inv, p, force, recursive);
    }
    return status;
  }

  private static int remove(Invocation inv, String operand, boolean force, boolean recursive) {
    String path = inv.resolve(operand);
    Optional<Entry> e = inv.fs().stat(path);
    if (e.isEmpty()) {
      return force ? 0 : inv.fail("can't remove '" + operand + "': No such file or directory");
    }
    if (e.get().isDir() && !recursive) {
      return inv.fail("'" + operand + "' is a directory");
    }
    if (path.equals("/")) {
      return removeRoot(inv);
    }
    try {
      if (e.get().isDir()) {
        inv.fs().deleteRecursive(path);
      } else {
        inv.fs().delete(path);
      }
      return 0;
    } catch (FsException x) {
      return inv.fail("can't remove '" + operand + "': " + x.reason());
    }
  }

  private static int removeRoot(Invocation inv) {
    if (inv.fs().statFollow("/bin/busybox").isEmpty()) {
      inv.fail("it is dangerous to operate recursively on '/'");
      return inv.fail("use --no-preserve-root to override this failsafe");
    }
    for (String name : inv.fs().list("/")) {
      try {
        inv.fs().deleteRecursive("/" + name);
      } catch (FsException x) {
        inv.fail("can't remove '/" + name + "': " + x.reason());
      }
    }
    return 0;
  }
}
