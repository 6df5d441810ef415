package dev.layerlab.shell.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tool's command line in the GNU style: {@code --long}, {@code --long=value}, {@code --long value}
 * (for the names listed as taking a value), clustered short flags ({@code -yq}), and operands.
 */
final class ToolArgs {
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> operands = new ArrayList<>();

  private ToolArgs() {}

  /** {@code valued}: option names (without dashes) whose value is the next argument. */
  static ToolArgs parse(List<String> args, Set<String> valued) {
    ToolArgs t = new ToolArgs();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        t.operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("--") || (a.startsWith("-") && a.length() > 2 && valued.contains(a.substring(1).split("=")[0]))) {
        String body = a.replaceFirst("^--?", "");
        int eq = body.indexOf('=');
        if (eq >= 0) {
          t.options.put(body.substring(0, eq), body.substring(eq + 1));
        } else if (valued.contains(body) && i + 1 < args.size()) {
          t.options.merge(body, args.get(++i), (x, y) -> x + "," + y);
        } else {
          t.options.put(body, "");
        }
      } else if (a.startsWith("-") && a.length() > 1) {
        for (int j = 1; j < a.length(); j++) {
          String c = String.valueOf(a.charAt(j));
          if (valued.contains(c)) {
            t.options.put(c, j + 1 < a.length() ? a.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : "");
            break;
          }
          t.options.put(c, "");
        }
      } else {
        t.operands.add(a);
      }
    }
    return t;
  }

  boolean has(String... names) {
    for (String n : names) {
      if (options.containsKey(n)) {
        return true;
      }
    }
    return false;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(options.get(name));
  }

  List<String> operands() {
    return operands;
  }
}
