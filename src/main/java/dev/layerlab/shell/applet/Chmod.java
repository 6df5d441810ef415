package dev.layerlab.shell.applet;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code chmod [-R] MODE FILE...}: octal or symbolic modes. */
final class Chmod extends Applet {
  Chmod() {
    super("Rvcf", "");
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    List<String> args = modeFirst(inv.args(), operands);
    if (args.size() < 2) {
      return inv.fail("missing operand");
    }
    String mode = args.get(0);
    int status = 0;
    for (String f : args.subList(1, args.size())) {
      status |= apply(inv, mode, inv.resolve(f), f, o.has('R'));
    }
    return status;
  }

  // "chmod -w f" and "chmod -x f" are modes, not options.
  private static List<String> modeFirst(List<String> raw, List<String> operands) {
    for (String a : raw) {
      if (a.matches("[-+=][rwxXst]+.*|[ugoa]+[-+=].*")) {
        List<String> out = new java.util.ArrayList<>();
        out.add(a);
        raw.stream().filter(x -> !x.equals(a) && !x.matches("-[Rvcf]+")).forEach(out::add);
        return out;
      }
    }
    return operands;
  }

  private static int apply(Invocation inv, String mode, String path, String shown, boolean recursive) {
    Optional<Entry> e = inv.fs().statFollow(path);
    if (e.isEmpty()) {
      return inv.fail("" + shown + ": No such file or directory");
    }
    OptionalInt next = Modes.apply(mode, e.get().mode(), e.get().isDir());
    if (next.isEmpty()) {
      return inv.fail("invalid mode '" + mode + "'");
    }
    try {
      inv.fs().chmod(path, next.getAsInt());
    } catch (FsException x) {
      return inv.fail(shown + ": " + x.reason());
    }
    int status = 0;
    if (recursive && e.get().isDir() && !inv.fs().stat(path).map(Entry::isSymlink).orElse(false)) {
      for (String name : inv.fs().list(path)) {
        String child = PathNames.join(path, name);
        if (!inv.fs().stat(child).map(Entry::isSymlink).orElse(true)) {
          status |= apply(inv, mode, child, PathNames.join(shown, name), true);
        }
      }
    }
    return status;
  }
}
