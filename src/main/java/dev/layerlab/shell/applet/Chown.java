package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Users;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code chown [-R] [-h] USER[:GROUP] FILE...} and {@code chgrp GROUP FILE...}. */
final class Chown extends Applet {
  private final boolean groupOnly;

  Chown(boolean groupOnly) {
    super("RhvcfHLP", "");
    this.groupOnly = groupOnly;
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    if (operands.size() < 2) {
      return inv.fail("missing operand");
    }
    String spec = groupOnly ? ":" + operands.get(0) : operands.get(0);
    int sep = Math.max(spec.indexOf(':'), spec.indexOf('.'));
    String user = sep < 0 ? spec : spec.substring(0, sep);
    String group = sep < 0 ? "" : spec.substring(sep + 1);
    Users users = inv.users();
    OptionalInt uid = user.isEmpty() ? OptionalInt.of(-1) : id(user, users.uid(user));
    if (uid.isEmpty()) {
      return inv.fail("unknown user " + user);
    }
    OptionalInt gid = group.isEmpty()
        ? (sep >= 0 && !user.isEmpty() ? users.primaryGid(user) : OptionalInt.of(-1))
        : id(group, users.gid(group));
    if (gid.isEmpty()) {
      return inv.fail("unknown group " + group);
    }
    int status = 0;
    for (String f : operands.subList(1, operands.size())) {
      status |= apply(inv, inv.resolve(f), f, uid.getAsInt(), gid.getAsInt(), o);
    }
    return status;
  }

  private static OptionalInt id(String name, OptionalInt looked) {
    if (name.equals("root")) {
      return OptionalInt.of(0);
    }
    try {
      return OptionalInt.of(Integer.parseInt(name));
    } catch (NumberFormatException e) {
      return looked;
    }
  }

  private static int apply(Invocation inv, String path, String shown, int uid, int gid, Options o) {
    Optional<Entry> e = inv.fs().stat(path);
    if (e.isEmpty()) {
      return inv.fail(shown + ": No such file or directory");
    }
    Entry x = e.get();
    try {
      boolean self = o.has('h') || (x.isSymlink() && o.has('R'));
      Entry target = self ? x : inv.fs().statFollow(path).orElse(x);
      int u = uid < 0 ? target.uid() : uid;
      int g = gid < 0 ? target.gid() : gid;
      if (self) {
        inv.fs().lchown(path, u, g);
      } else {
        inv.fs().chown(path, u, g);
      }
    } catch (FsException ex) {
      return inv.fail(shown + ": " + ex.reason());
    }
    int status = 0;
    if (o.has('R') && x.isDir()) {
      for (String name : inv.fs().list(path)) {
        status |= apply(inv, PathNames.join(path, name), PathNames.join(shown, name), uid, gid, o);
      }
    }
    return status;
  }
}
