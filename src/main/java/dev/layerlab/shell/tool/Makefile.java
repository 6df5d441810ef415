package dev.layerlab.shell.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Makefile's simple variables and explicit rules, as {@link Make} runs them. */
final class Makefile {
  /** One explicit rule: its prerequisites and recipe lines (tab stripped). */
  record Rule(List<String> prerequisites, List<String> recipe) {}

  private final Map<String, String> vars;
  private final Map<String, Rule> rules = new LinkedHashMap<>();

  private Makefile(Map<String, String> vars) {
    this.vars = vars;
  }

  /** {@code defaults} are make's built-in variables (the file may change them); {@code overrides} come from the command line. */
  static Makefile parse(String text, Map<String, String> defaults, Map<String, String> overrides) {
    Makefile mf = new Makefile(new LinkedHashMap<>(defaults));
    List<String> recipe = null;
    for (String line : text.replace("\\\n", " ").split("\n")) {
      if (line.startsWith("\t") && recipe != null) {
        recipe.add(line.substring(1));
        continue;
      }
      String l = line.replaceFirst("#.*", "").strip();
      Matcher v = Pattern.compile("^([A-Za-z_][\\w]*)\\s*[:?+]?=\\s*(.*)$").matcher(l);
      if (v.matches()) {
        mf.vars.merge(v.group(1), v.group(2), (old, add) -> line.contains("+=") ? old + " " + add : add);
      } else if (l.contains(":") && !l.startsWith(".")) {
        List<String> pre = new ArrayList<>(List.of(mf.expand(l.substring(l.indexOf(':') + 1).strip(), "", List.of()).split("\\s+")));
        pre.removeIf(String::isEmpty);
        recipe = new ArrayList<>();
        for (String t : mf.expand(l.substring(0, l.indexOf(':')), "", List.of()).split("\\s+")) {
          mf.rules.putIfAbsent(t, new Rule(pre, recipe));
        }
      } else if (l.startsWith(".")) {
        recipe = new ArrayList<>();
      }
    }
    mf.vars.putAll(overrides);
    return mf;
  }

  String first() {
    return rules.keySet().stream().findFirst().orElse("all");
  }

  Optional<Rule> rule(String target) {
    return Optional.ofNullable(rules.get(target));
  }

  /** {@code $(VAR)}, {@code ${VAR}}, {@code $@}, {@code $<}, {@code $^}, {@code $$}. */
  String expand(String s, String target, List<String> pre) {
    String out = s;
    for (int round = 0; round < 5 && out.contains("$"); round++) {
      Matcher m = Pattern.compile("\\$[({]([A-Za-z_]\\w*)[)}]").matcher(out);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(vars.getOrDefault(m.group(1), "")));
      }
      m.appendTail(b);
      out = b.toString();
    }
    return out.replace("$@", target).replace("$<", pre.isEmpty() ? "" : pre.get(0))
        .replace("$^", String.join(" ", pre)).replace("$$", "$");
  }
}
