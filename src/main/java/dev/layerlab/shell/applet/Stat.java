package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import java.util.List;
import java.util.Optional;

/** {@code stat [-L] [-c FORMAT] FILE...} with {@code %n %s %a %A %u %g %U %G %F}. */
final class Stat extends Applet {
  Stat() {
    super("Lt", "c");
  }

  @Override
  int run(Invocation inv, Options o, List<String> files) {
    if (files.isEmpty()) {
      return inv.fail("missing operand");
    }
    int status = 0;
    for (String f : files) {
      Optional<Entry> e = o.has('L') ? FileArgs.stat(inv, f) : FileArgs.lstat(inv, f);
      if (e.isEmpty()) {
        status = inv.fail("can't stat '" + f + "': No such file or directory");
        continue;
      }
      String format = o.value('c').orElse("  File: %n\n  Size: %s\tType: %F\nAccess: (0%a/%A)  Uid: (%u/%U)  Gid: (%g/%G)");
      inv.out(format(inv, format, f, e.get()) + "\n");
    }
    return status;
  }

  private static String format(Invocation inv, String f, String name, Entry e) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 >= f.length()) {
        out.append(c);
        continue;
      }
      char k = f.charAt(++i);
      switch (k) {
        case 'n': out.append(name); break;
        case 's': out.append(e.size()); break;
        case 'a': out.append(Integer.toOctalString(e.mode() & 07777)); break;
        case 'A': out.append(Ls.permissions(e)); break;
        case 'u': out.append(e.uid()); break;
        case 'g': out.append(e.gid()); break;
        case 'U': out.append(inv.users().userName(e.uid()).orElse("UNKNOWN")); break;
        case 'G': out.append(inv.users().groupName(e.gid()).orElse("UNKNOWN")); break;
        case 'F': out.append(e.isDir() ? "directory" : e.isSymlink() ? "symbolic link" : "regular file"); break;
        default: out.append('%').append(k);
      }
    }
    return out.toString();
  }
}
