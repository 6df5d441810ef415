package dev.layerlab.shell.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flags of {@code go build}/{@code go install} that matter here: {@code -o}, whether {@code -ldflags}
 * strips ({@code -s -w}), and the packages; {@code -flag=value} and {@code -flag value} both work.
 */
record GoFlags(Optional<String> output, boolean stripped, List<String> packages) {
  static GoFlags parse(List<String> args) {
    Optional<String> out = Optional.empty();
    boolean stripped = false;
    List<String> packages = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).replaceFirst("^--", "-");
      String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      boolean valued = List.of("-o", "-ldflags", "-tags", "-gcflags", "-mod", "-p", "-buildmode").contains(flag);
      String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : valued && i + 1 < args.size() ? args.get(++i) : "";
      if (flag.equals("-o")) {
        out = Optional.of(value);
      } else if (flag.equals("-ldflags")) {
        stripped = value.contains("-s") && value.contains("-w");
      } else if (!a.startsWith("-")) {
        packages.add(a);
      }
    }
    return new GoFlags(out, stripped, packages);
  }
}
