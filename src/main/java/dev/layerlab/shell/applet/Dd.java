package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code dd if=… of=… bs=… count=…}. From {@code /dev/zero} or {@code /dev/urandom} it writes a
 * synthetic file of bs×count bytes, so {@code dd bs=1G count=1000} allocates nothing; urandom's seed
 * is derived from the arguments so a rebuild gives the same file.
 */
final class Dd implements Program {
  @Override
  public int run(Invocation inv) {
    Map<String, String> ops = new HashMap<>();
    for (String arg : inv.args()) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        return inv.fail("invalid argument '" + arg + "'");
      }
      ops.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    OptionalLong bs = Sizes.parse(ops.getOrDefault("bs", ops.getOrDefault("ibs", "512")));
    OptionalLong count = ops.containsKey("count") ? Sizes.parse(ops.get("count")) : OptionalLong.of(-1);
    if (bs.isEmpty() || count.isEmpty()) {
      return inv.fail("invalid number '" + (bs.isEmpty() ? ops.get("bs") : ops.get("count")) + "'");
    }
    Content data;
    try {
      data = input(inv, ops.getOrDefault("if", "-"), bs.getAsLong(), count.getAsLong(), String.join(" ", inv.args()));
    } catch (FsException e) {
      return inv.fail("can't open '" + ops.get("if") + "': " + e.reason());
    }
    if (data == null) {
      return inv.fail(ops.get("if") + " never ends without count=");
    }
    int status = output(inv, ops.get("of"), data);
    if (status == 0 && !"none".equals(ops.get("status"))) {
      report(inv, data.size(), bs.getAsLong());
    }
    return status;
  }

  private static Content input(Invocation inv, String in, long bs, long count, String args) {
    String path = in.equals("-") ? "-" : inv.resolve(in);
    boolean zero = path.equals("/dev/zero");
    if (zero || path.equals("/dev/urandom") || path.equals("/dev/random")) {
      if (count < 0) {
        return null;
      }
      long size = Math.multiplyHigh(bs, count) != 0 ? Long.MAX_VALUE : bs * count;
      return Content.synthetic(size, zero ? 0 : seed(args));
    }
    Content all = FileArgs.read(inv, in);
    long wanted = count < 0 ? all.size() : Math.min(all.size(), bs * count);
    return Slices.head(all, wanted);
  }

  private static long seed(String args) {
    long h = 1125899906842597L;
    for (char c : ("urandom:" + args).toCharArray()) {
      h = 31 * h + c;
    }
    return h == 0 ? 1 : h;
  }

  private static int output(Invocation inv, String of, Content data) {
    if (of == null) {
      inv.out(data);
      return 0;
    }
    String path = inv.resolve(of);
    if (path.equals("/dev/null")) {
      return 0;
    }
    try {
      int mode = inv.fs().statFollow(path).map(e -> e.mode()).orElse(0644);
      inv.fs().writeFile(path, data, mode, inv.uid(), inv.gid());
      return 0;
    } catch (FsException e) {
      return inv.fail("can't open '" + of + "': " + e.reason());
    }
  }

  private static void report(Invocation inv, long bytes, long bs) {
    long records = bs == 0 ? 0 : bytes / bs;
    String partial = bs != 0 && bytes % bs != 0 ? "+1" : "+0";
    inv.err(records + partial + " records in\n" + records + partial + " records out\n");
    inv.err(bytes + " bytes (" + Sizes.human(bytes) + "B) copied\n");
  }
}
