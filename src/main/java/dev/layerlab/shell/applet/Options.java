package dev.layerlab.shell.applet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * getopt-style parsing as busybox does it: clustered flags ({@code -rf}), options with a value
 * ({@code -m 755}, {@code -m755}), operands anywhere, {@code --} ends the options.
 */
final class Options {
  private final Map<Character, String> values = new HashMap<>();
  private final List<String> operands = new ArrayList<>();
  private Character invalid;

  private Options() {}

  /** {@code flags}: letters without a value; {@code valued}: letters that take one. */
  static Options parse(List<String> args, String flags, String valued) {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        o.operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!a.startsWith("-") || a.length() == 1) {
        o.operands.add(a);
        continue;
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        if (valued.indexOf(c) >= 0) {
          String v = j + 1 < a.length() ? a.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : "";
          o.values.put(c, v);
          break;
        }
        if (flags.indexOf(c) < 0 && o.invalid == null) {
          o.invalid = c;
        }
        o.values.put(c, "");
      }
    }
    return o;
  }

  boolean has(char flag) {
    return values.containsKey(flag);
  }

  Optional<String> value(char flag) {
    return Optional.ofNullable(values.get(flag));
  }

  List<String> operands() {
    return operands;
  }

  /** The first unknown flag, which busybox reports as {@code invalid option -- 'z'}. */
  Optional<Character> invalid() {
    return Optional.ofNullable(invalid);
  }
}
