package dev.layerlab.shell;


import java.util.ArrayList;
import java.util.List;

/** {@code export}, {@code unset}, {@code set}, {@code shift}, {@code read}. */
final class VariableBuiltins {
  private VariableBuiltins() {}

  static int export(Interpreter sh, List<String> args, boolean export) {
    ShellState st = sh.state();
    if (args.isEmpty() || args.get(0).equals("-p")) {
      for (String name : st.exported) {
        sh.io().out().write("export " + name + "='" + st.vars.getOrDefault(name, "") + "'\n");
      }
      return 0;
    }
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (!ShellParser.isName(name)) {
        throw sh.fatal((export ? "export" : "local") + ": " + arg + ": bad variable name");
      }
      if (eq >= 0) {
        st.vars.put(name, arg.substring(eq + 1));
      }
      if (export) {
        st.exported.add(name);
      }
    }
    return 0;
  }

  static int unset(Interpreter sh, List<String> args) {
    for (String name : args) {
      if (name.equals("-v") || name.equals("-f")) {
        continue;
      }
      sh.state().vars.remove(name);
      sh.state().exported.remove(name);
      sh.state().functions.remove(name);
    }
    return 0;
  }

  static int set(Interpreter sh, List<String> args) {
    ShellState st = sh.state();
    if (args.isEmpty()) {
      st.vars.forEach((k, v) -> sh.io().out().write(k + "='" + v + "'\n"));
      return 0;
    }
    int i = 0;
    for (; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if ((a.startsWith("-") || a.startsWith("+")) && a.length() > 1) {
        if (!option(sh, a, args, i)) {
          return 2;
        }
        i += a.substring(1).equals("o") ? 1 : 0;
      } else {
        break;
      }
    }
    if (i < args.size() || (!args.isEmpty() && args.get(args.size() - 1).equals("--"))) {
      st.positional = new ArrayList<>(args.subList(i, args.size()));
    }
    return 0;
  }

  private static boolean option(Interpreter sh, String arg, List<String> args, int i) {
    boolean on = arg.startsWith("-");
    for (char c : arg.substring(1).toCharArray()) {
      String name = c == 'o' ? (i + 1 < args.size() ? args.get(i + 1) : "") : String.valueOf(c);
      if (!flag(sh.state(), name, on)) {
        sh.io().err().write(sh.state().argv0 + ": set: Illegal option " + arg.charAt(0) + c + "\n");
        return false;
      }
    }
    return true;
  }

  static boolean flag(ShellState st, String name, boolean on) {
    switch (name) {
      case "e": case "errexit": st.errexit = on; return true;
      case "x": case "xtrace": st.xtrace = on; return true;
      case "u": case "nounset": st.nounset = on; return true;
      case "f": case "noglob": st.noglob = on; return true;
      case "pipefail": st.pipefail = on; return true;
      case "o": case "v": case "C": case "a": case "h": case "n": case "verbose": return true;
      default: return false;
    }
  }

  static int shift(Interpreter sh, List<String> args) {
    int n = args.isEmpty() ? 1 : parse(args.get(0));
    List<String> p = sh.state().positional;
    if (n < 0 || n > p.size()) {
      throw sh.fatal("shift: can't shift that many");
    }
    sh.state().positional = new ArrayList<>(p.subList(n, p.size()));
    return 0;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static int read(Interpreter sh, List<String> args) {
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (!a.startsWith("-")) {
        names.add(a);
      }
    }
    names = names.isEmpty() ? List.of("REPLY") : names;
    java.util.Optional<String> next = sh.io().stdin().readLine();
    if (next.isEmpty()) {
      names.forEach(n -> sh.state().vars.put(n, ""));
      return 1;
    }
    String line = next.get();
    String[] parts = line.trim().split("[ \t]+", names.size());
    for (int i = 0; i < names.size(); i++) {
      sh.state().vars.put(names.get(i), i < parts.length ? parts[i] : "");
    }
    return 0;
  }
}
