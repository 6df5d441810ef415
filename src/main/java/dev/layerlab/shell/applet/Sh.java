package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/** {@code sh}/{@code bash}/{@code ash}: {@code -c SCRIPT [NAME [ARG]...]}, a script file, or stdin. */
final class Sh implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    StringBuilder flags = new StringBuilder();
    int i = 0;
    boolean command = false;
    for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
      String a = args.get(i);
      if (a.equals("-o") || a.equals("+o")) {
        i++;
        continue;
      }
      command |= a.contains("c");
      flags.append(a.substring(1).replace("c", "").replace("l", "").replace("i", "").replace("s", ""));
    }
    String prefix = flags.length() > 0 ? "set -" + flags + "\n" : "";
    String name = inv.name();
    if (command) {
      if (i >= args.size()) {
        return inv.fail("-c requires an argument");
      }
      String argv0 = i + 1 < args.size() ? args.get(i + 1) : name;
      List<String> params = i + 2 < args.size() ? args.subList(i + 2, args.size()) : List.of();
      return inv.runScript(prefix + args.get(i), argv0, params, inv.io());
    }
    if (i < args.size()) {
      try {
        String script = ContentText.text(inv.fs().content(inv.resolve(args.get(i))));
        return inv.runScript(prefix + script, args.get(i), new ArrayList<>(args.subList(i + 1, args.size())), inv.io());
      } catch (FsException e) {
        inv.err(name + ": can't open '" + args.get(i) + "': " + e.reason() + "\n");
        return 127;
      }
    }
    return inv.runScript(prefix + ContentText.text(inv.stdin()), name, List.of(), inv.io());
  }
}
