package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code tar -c|-x|-t [-z] [-v] -f ARCHIVE [-C DIR] [PATH]...} over the simulated fs. The archive is a
 * layerlab format, not a real tar: one line per entry (type, mode, owner, path, and content as base64
 * bytes or a synthetic size and seed), so big modelled files round-trip without bytes.
 */
final class Tar implements Program {
  private static final String MAGIC = "layerlab-tar 1\n";

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
      return inv.fail("corrupted archive");
    }
  }

  private int create(Invocation inv, Options o, String archive, String dir) {
    if (o.operands().isEmpty()) {
      return inv.fail("empty archive");
    }
    StringBuilder out = new StringBuilder(MAGIC);
    int status = 0;
    for (String operand : o.operands()) {
      String path = PathNames.resolve(dir, operand);
      if (inv.fs().stat(path).isEmpty()) {
        status = inv.fail(operand + ": Cannot stat: No such file or directory");
        continue;
      }
      String name = operand.replaceFirst("^/+", "");
      addTree(inv, o, path, name.isEmpty() ? "." : name, out);
    }
    Content data = Content.of(out.toString());
    if (archive.equals("-")) {
      inv.out(data);
    } else {
      inv.fs().writeFile(inv.resolve(archive), data, 0644, inv.uid(), inv.gid());
    }
    return status;
  }

  private void addTree(Invocation inv, Options o, String path, String name, StringBuilder out) {
    Entry e = inv.fs().stat(path).orElseThrow();
    if (o.has('v')) {
      inv.err(name + (e.isDir() ? "/" : "") + "\n");
    }
    out.append(e.isDir() ? 'd' : e.isSymlink() ? 'l' : 'f').append(' ')
        .append(Integer.toOctalString(e.mode())).append(' ').append(e.uid()).append(' ').append(e.gid()).append(' ')
        .append(encode(name)).append(' ').append(payload(inv, path, e)).append('\n');
    if (e.isDir()) {
      for (String child : inv.fs().list(path)) {
        addTree(inv, o, PathNames.join(path, child), PathNames.join(name, child), out);
      }
    }
  }

  private static String payload(Invocation inv, String path, Entry e) {
    if (e.isSymlink()) {
      return "L" + encode(e.linkTarget().orElse(""));
    }
    if (!e.isFile()) {
      return "-";
    }
    Content c = inv.fs().content(path);
    if (c instanceof Content.Synthetic) {
      Content.Synthetic s = (Content.Synthetic) c;
      return "S" + s.size() + ":" + s.seed();
    }
    return "B" + Base64.getEncoder().encodeToString(((Content.Bytes) c).bytes());
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    return new String(Base64.getUrlDecoder().decode(s), java.nio.charset.StandardCharsets.UTF_8);
  }

  private int extract(Invocation inv, Options o, String archive, String dir, boolean listOnly) {
    Content data = FileArgs.read(inv, archive);
    String text = data.size() < MAGIC.length() || data.size() > 64L << 20 ? "" : ContentText.text(data);
    if (!text.startsWith(MAGIC)) {
      return inv.fail("invalid tar magic");
    }
    for (String line : text.substring(MAGIC.length()).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(" ");
      if (f.length < 6) {
        return inv.fail("corrupted archive");
      }
      String name = decode(f[4]);
      if (listOnly || o.has('v')) {
        inv.out(name + (f[0].equals("d") ? "/" : "") + "\n");
      }
      if (!listOnly) {
        write(inv, f, PathNames.resolve(dir, name), o.has('p') || inv.uid() == 0);
      }
    }
    return 0;
  }

  private static void write(Invocation inv, String[] f, String path, boolean keepOwner) {
    int mode = Integer.parseInt(f[1], 8);
    int uid = keepOwner ? Integer.parseInt(f[2]) : inv.uid();
    int gid = keepOwner ? Integer.parseInt(f[3]) : inv.gid();
    inv.fs().mkdirs(PathNames.parent(path), 0755, inv.uid(), inv.gid());
    if (f[0].equals("d")) {
      if (inv.fs().statFollow(path).map(Entry::isDir).orElse(false)) {
        inv.fs().chmod(path, mode);
        inv.fs().chown(path, uid, gid);
      } else {
        inv.fs().mkdir(path, mode, uid, gid);
      }
      return;
    }
    if (inv.fs().stat(path).isPresent()) {
      inv.fs().delete(path);
    }
    String payload = f[5];
    if (f[0].equals("l")) {
      inv.fs().symlink(path, decode(payload.substring(1)), uid, gid);
    } else if (payload.startsWith("S")) {
      String[] sz = payload.substring(1).split(":");
      inv.fs().writeFile(path, Content.synthetic(Long.parseLong(sz[0]), Long.parseLong(sz[1])), mode, uid, gid);
    } else {
      inv.fs().writeFile(path, Content.of(Base64.getDecoder().decode(payload.substring(1))), mode, uid, gid);
    }
  }
}
