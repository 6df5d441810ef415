package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tar -c|-x|-t [-z] [-v] -f ARCHIVE [-C DIR] [PATH]...} over the simulated fs, writing and reading
 * real tar archives (see {@link TarFormat}: busybox's layout, so an archive weighs what the real one
 * does; archives of big synthetic files are synthetic too and still extract).
 */
final class Tar implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = new ArrayList<>(inv.args());
    if (!args.isEmpty() && !args.get(0).startsWith("-")) {
      args.set(0, "-" + args.get(0));
    }
    Options o = Options.parse(args, "cxtzjJvpaO", "fC");
    int modes = (o.has('c') ? 1 : 0) + (o.has('x') ? 1 : 0) + (o.has('t') ? 1 : 0);
    if (modes != 1) {
      return inv.fail("need exactly one of 'c', 'x' or 't'");
    }
    String dir = o.value('C').map(inv::resolve).orElse(inv.cwd());
    String archive = o.value('f').orElse("-");
    try {
      if (o.has('c')) {
        return create(inv, o, archive, dir);
      }
      return extract(inv, o, archive, dir, o.has('t'));
    } catch (FsException e) {
      return inv.fail(e.path() + ": " + e.reason());
    } catch (IllegalArgumentException e) {
      return inv.fail(e.getMessage() == null ? "corrupted archive" : e.getMessage());
    }
  }

  private int create(Invocation inv, Options o, String archive, String dir) {
    if (o.operands().isEmpty()) {
      return inv.fail("empty archive");
    }
    List<TarFormat.Member> members = new ArrayList<>();
    int status = 0;
    for (String operand : o.operands()) {
      String path = PathNames.resolve(dir, operand);
      if (inv.fs().stat(path).isEmpty()) {
        status = inv.fail(operand + ": Cannot stat: No such file or directory");
        continue;
      }
      if (operand.startsWith("/")) {
        inv.err("tar: removing leading '/' from member names\n");
      }
      String name = operand.replaceFirst("^/+", "");
      addTree(inv, o, path, name.isEmpty() ? "." : name, members);
    }
    Content data = TarFormat.write(members, o.has('z'));
    if (archive.equals("-")) {
      inv.out(data);
    } else {
      inv.fs().writeFile(inv.resolve(archive), data, 0644, inv.uid(), inv.gid());
    }
    return status;
  }

  private void addTree(Invocation inv, Options o, String path, String name, List<TarFormat.Member> out) {
    Entry e = inv.fs().stat(path).orElseThrow();
    if (o.has('v')) {
      inv.out(name + (e.isDir() ? "/" : "") + "\n");
    }
    char type = e.isDir() ? 'd' : e.isSymlink() ? 'l' : 'f';
    Content content = type == 'f' ? inv.fs().content(path) : Content.empty();
    out.add(new TarFormat.Member(name, type, e.mode() & 07777, e.uid(), e.gid(), content, e.linkTarget().orElse("")));
    if (e.isDir()) {
      for (String child : inv.fs().list(path)) {
        addTree(inv, o, PathNames.join(path, child), PathNames.join(name, child), out);
      }
    }
  }

  private int extract(Invocation inv, Options o, String archive, String dir, boolean listOnly) {
    Content data = FileArgs.read(inv, archive);
    for (TarFormat.Member m : TarFormat.read(data)) {
      if (listOnly || o.has('v')) {
        inv.out(m.name() + (m.type() == 'd' ? "/" : "") + "\n");
      }
      if (!listOnly) {
        write(inv, m, PathNames.resolve(dir, m.name()), o.has('p') || inv.uid() == 0);
      }
    }
    return 0;
  }

  private static void write(Invocation inv, TarFormat.Member m, String path, boolean keepOwner) {
    int uid = keepOwner ? m.uid() : inv.uid();
    int gid = keepOwner ? m.gid() : inv.gid();
    inv.fs().mkdirs(PathNames.parent(path), 0755, inv.uid(), inv.gid());
    if (m.type() == 'd') {
      if (inv.fs().statFollow(path).map(Entry::isDir).orElse(false)) {
        inv.fs().chmod(path, m.mode());
        inv.fs().chown(path, uid, gid);
      } else {
        inv.fs().mkdir(path, m.mode(), uid, gid);
      }
      return;
    }
    if (inv.fs().stat(path).isPresent()) {
      inv.fs().delete(path);
    }
    if (m.type() == 'l') {
      inv.fs().symlink(path, m.link(), uid, gid);
    } else {
      inv.fs().writeFile(path, m.content(), m.mode(), uid, gid);
    }
  }
}
