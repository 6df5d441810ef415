package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one shell process; a subshell gets a {@link #copy()}. */
final class ShellState {
  final Map<String, String> vars = new LinkedHashMap<>();
  final Set<String> exported = new LinkedHashSet<>();
  final Map<String, Node> functions = new HashMap<>();
  List<String> positional = new ArrayList<>();
  String argv0 = "/bin/sh";
  String cwd = "/";
  int uid;
  int gid;
  int lastStatus;
  boolean errexit;
  boolean xtrace;
  boolean nounset;
  boolean noglob;
  boolean pipefail;
  /** Greater than zero inside an if/while condition, a negation, or the left of {@code &&}/{@code ||}. */
  int errexitSuppressed;
  int loopDepth;

  ShellState copy() {
    ShellState c = new ShellState();
    c.vars.putAll(vars);
    c.exported.addAll(exported);
    c.functions.putAll(functions);
    c.positional = new ArrayList<>(positional);
    c.argv0 = argv0;
    c.cwd = cwd;
    c.uid = uid;
    c.gid = gid;
    c.lastStatus = lastStatus;
    c.errexit = errexit;
    c.xtrace = xtrace;
    c.nounset = nounset;
    c.noglob = noglob;
    c.pipefail = pipefail;
    c.errexitSuppressed = errexitSuppressed;
    return c;
  }

  String options() {
    return (errexit ? "e" : "") + (noglob ? "f" : "") + (nounset ? "u" : "") + (xtrace ? "x" : "");
  }

  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : exported) {
      String value = vars.get(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }
}
