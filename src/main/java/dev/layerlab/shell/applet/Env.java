package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code env} prints the environment; {@code env [-i] [NAME=VALUE]... CMD} runs CMD with it. */
final class Env implements Program {
  @Override
  public int run(Invocation inv) {
    Map<String, String> env = new LinkedHashMap<>(inv.env());
    List<String> args = inv.args();
    int i = 0;
    for (; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-i") || a.equals("-")) {
        env.clear();
      } else if (a.indexOf('=') > 0) {
        env.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else {
        break;
      }
    }
    if (i == args.size()) {
      StringBuilder out = new StringBuilder();
      env.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
      inv.out(out.toString());
      return 0;
    }
    Map<String, String> added = new LinkedHashMap<>(env);
    return inv.run(new ArrayList<>(args.subList(i, args.size())), added, inv.io());
  }
}
