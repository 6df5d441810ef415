package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ls [-1laAdhn] [PATH]...}. The build log is not a terminal, so names come one per line.
 * Times are not modelled; {@code -l} shows a fixed date.
 */
final class Ls extends Applet {
  private static final String DATE = "Jan  1 00:00";

  Ls() {
    super("1laAdhnFRrtSCx", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    List<String> targets = operands.isEmpty() ? List.of(".") : operands;
    int status = 0;
    List<String> dirs = new ArrayList<>();
    for (String t : targets) {
      Optional<Entry> e = FileArgs.lstat(inv, t);
      if (e.isEmpty()) {
        status = inv.fail(t + ": No such file or directory");
      } else if (FileArgs.isDir(inv, t) && !o.has('d')) {
        dirs.add(t);
      } else {
        print(inv, o, t, e.get());
      }
    }
    for (String d : dirs) {
      if (targets.size() > 1) {
        inv.out("\n" + d + ":\n");
      }
      listDir(inv, o, d);
    }
    return status;
  }

  private void listDir(Invocation inv, Options o, String dir) {
    String path = inv.resolve(dir);
    List<String> names = new ArrayList<>();
    if (o.has('a')) {
      names.add(".");
      names.add("..");
    }
    for (String n : inv.fs().list(path)) {
      if (!n.startsWith(".") || o.has('a') || o.has('A')) {
        names.add(n);
      }
    }
    if (o.has('l')) {
      inv.out("total " + totalBlocks(inv, path, names) + "\n");
    }
    for (String n : names) {
      String full = n.equals(".") ? path : n.equals("..") ? PathNames.parent(path) : PathNames.join(path, n);
      inv.fs().stat(full).ifPresent(e -> print(inv, o, n, e));
    }
  }

  private static long totalBlocks(Invocation inv, String dir, List<String> names) {
    long blocks = 0;
    for (String n : names) {
      Optional<Entry> e = inv.fs().stat(PathNames.join(dir, n));
      blocks += e.map(Ls::blocks).orElse(0L);
    }
    return blocks;
  }

  static long blocks(Entry e) {
    if (e.isSymlink()) {
      return 0;
    }
    long size = e.isDir() ? 4096 : e.size();
    return (size + 4095) / 4096 * 4;
  }

  private void print(Invocation inv, Options o, String name, Entry e) {
    if (!o.has('l') && !o.has('n')) {
      inv.out(name + "\n");
      return;
    }
    Users users = inv.users();
    String owner = o.has('n') ? Integer.toString(e.uid()) : users.userName(e.uid()).orElse(Integer.toString(e.uid()));
    String group = o.has('n') ? Integer.toString(e.gid()) : users.groupName(e.gid()).orElse(Integer.toString(e.gid()));
    long size = e.isDir() ? 4096 : e.size();
    String shownSize = o.has('h') ? Sizes.human(size) : Long.toString(size);
    String link = e.linkTarget().map(t -> " -> " + t).orElse("");
    inv.out(String.format("%s %4d %-8s %-8s %9s %s %s%s%n", permissions(e), e.isDir() ? 2 : 1, owner, group,
        shownSize, DATE, name, link));
  }

  /** {@code drwxr-xr-x}, with setuid/setgid/sticky letters. */
  static String permissions(Entry e) {
    if (e.isSymlink()) {
      return "lrwxrwxrwx";
    }
    StringBuilder sb = new StringBuilder(e.isDir() ? "d" : e.isSymlink() ? "l" : "-");
    int m = e.mode();
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      sb.append((m & (0400 >> i)) != 0 ? rwx.charAt(i) : '-');
    }
    special(sb, m & 04000, 3, 's');
    special(sb, m & 02000, 6, 's');
    special(sb, m & 01000, 9, 't');
    return sb.toString();
  }

  private static void special(StringBuilder sb, int bit, int at, char letter) {
    if (bit != 0) {
      sb.setCharAt(at, sb.charAt(at) == 'x' ? letter : Character.toUpperCase(letter));
    }
  }
}
