package dev.layerlab.shell.applet;

import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/** {@code xargs [-r] [-n N] [-I STR] CMD [ARG]...}: arguments from stdin, split on blanks. */
final class Xargs implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    int i = 0;
    int per = Integer.MAX_VALUE;
    String replace = null;
    while (i < args.size() && args.get(i).startsWith("-")) {
      String a = args.get(i++);
      if (a.equals("-n") && i < args.size()) {
        per = Math.max(1, parse(args.get(i++)));
      } else if (a.equals("-I") && i < args.size()) {
        replace = args.get(i++);
      }
    }
    List<String> command = new ArrayList<>(i < args.size() ? args.subList(i, args.size()) : List.of("echo"));
    String input = ContentText.text(inv.stdin()).trim();
    List<String> items = input.isEmpty() ? List.of() : List.of(replace != null ? input.split("\n") : input.split("\\s+"));
    if (items.isEmpty()) {
      return 0;
    }
    int status = 0;
    int step = replace != null ? 1 : per;
    for (int from = 0; from < items.size(); from += step) {
      List<String> batch = items.subList(from, Math.min(items.size(), from + step));
      List<String> argv = new ArrayList<>();
      for (String c : command) {
        argv.add(replace != null ? c.replace(replace, batch.get(0)) : c);
      }
      if (replace == null) {
        argv.addAll(batch);
      }
      status = inv.run(argv, inv.io()) == 0 ? status : 123;
    }
    return status;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
