package dev.layerlab.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code $name}, {@code $?} and friends, and {@code ${name op word}}. */
final class Parameters {
  private static final Pattern BRACED = Pattern.compile("(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!0-])(.*)", Pattern.DOTALL);

  private final Interpreter sh;
  private final Expander expander;

  Parameters(Interpreter sh, Expander expander) {
    this.sh = sh;
    this.expander = expander;
  }

  /** {@code $x}: {@code rest} is the text after the dollar; null when it is not an expansion. */
  String simple(String rest) {
    String name = rest.substring(0, 1);
    if (Character.isLetter(rest.charAt(0)) || rest.charAt(0) == '_') {
      name = rest;
    }
    if (!ShellParser.isName(name) && "?$#@*!0123456789-".indexOf(name.charAt(0)) < 0) {
      return null;
    }
    return orUnset(name, value(name));
  }

  private String orUnset(String name, String value) {
    if (value == null && sh.state().nounset && !name.equals("@") && !name.equals("*")) {
      throw sh.fatal(name + ": parameter not set");
    }
    return value == null ? "" : value;
  }

  String value(String name) {
    ShellState st = sh.state();
    switch (name) {
      case "?": return Integer.toString(st.lastStatus);
      case "$": return "1";
      case "!": return "";
      case "#": return Integer.toString(st.positional.size());
      case "@":
      case "*": return String.join(" ", st.positional);
      case "-": return st.options();
      case "0": return st.argv0;
      default:
        if (Character.isDigit(name.charAt(0))) {
          int n = Integer.parseInt(name.length() > 6 ? "999999" : name);
          return n <= st.positional.size() ? st.positional.get(n - 1) : null;
        }
        return st.vars.get(name);
    }
  }

  /** {@code ${…}} with the braces removed. */
  String braced(String inner) {
    Matcher m = BRACED.matcher(inner);
    if (!m.matches() || (!m.group(1).isEmpty() && !m.group(3).isEmpty())) {
      if (inner.equals("#")) {
        return value("#");
      }
      throw sh.fatal("${" + inner + "}: Bad substitution");
    }
    String name = m.group(2);
    String value = value(name);
    if (!m.group(1).isEmpty()) {
      return Integer.toString(orUnset(name, value).length());
    }
    return operator(name, value, m.group(3));
  }

  private String operator(String name, String value, String rest) {
    if (rest.isEmpty()) {
      return orUnset(name, value);
    }
    if (rest.startsWith("/")) {
      return replace(orUnset(name, value), rest);
    }
    if (rest.matches(":[ 0-9(].*")) {
      return substring(orUnset(name, value), rest.substring(1));
    }
    boolean colon = rest.startsWith(":");
    String op = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String word = rest.substring(op.length());
    boolean unset = value == null || (colon && value.isEmpty());
    switch (op.replace(":", "")) {
      case "-":
        return unset ? expander.single(word) : value;
      case "=":
        return unset ? assign(name, expander.single(word)) : value;
      case "+":
        return unset ? "" : expander.single(word);
      case "?":
        if (unset) {
          throw sh.fatal(name + ": " + (word.isEmpty() ? "parameter not set" : expander.single(word)));
        }
        return value;
      case "#":
      case "%":
        return trim(orUnset(name, value), rest);
      default:
        throw sh.fatal("${" + name + rest + "}: Bad substitution");
    }
  }

  /** {@code ${x/pat/rep}} and {@code ${x//pat/rep}} (ash and bash). */
  private String replace(String value, String rest) {
    boolean all = rest.startsWith("//");
    String body = rest.substring(all ? 2 : 1);
    int slash = body.indexOf('/');
    String pattern = expander.pattern(slash < 0 ? body : body.substring(0, slash));
    String replacement = slash < 0 ? "" : expander.single(body.substring(slash + 1));
    if (pattern.isEmpty()) {
      return value;
    }
    Pattern re = Glob.regex(pattern);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int end = longestMatch(re, value, i);
      if (end < 0) {
        out.append(value.charAt(i++));
        continue;
      }
      out.append(replacement);
      if (!all) {
        return out.append(value.substring(end)).toString();
      }
      i = Math.max(end, i + 1);
    }
    return out.toString();
  }

  private static int longestMatch(Pattern re, String value, int from) {
    for (int end = value.length(); end > from; end--) {
      if (re.matcher(value.substring(from, end)).matches()) {
        return end;
      }
    }
    return -1;
  }

  /** {@code ${x:offset}} and {@code ${x:offset:length}}. */
  private String substring(String value, String spec) {
    String[] parts = spec.split(":", 2);
    try {
      long offset = Arithmetic.eval(parts[0], n -> sh.state().vars.get(n));
      long start = offset < 0 ? Math.max(0, value.length() + offset) : Math.min(offset, value.length());
      long length = parts.length > 1 ? Arithmetic.eval(parts[1], n -> sh.state().vars.get(n)) : value.length();
      long end = length < 0 ? value.length() + length : Math.min(value.length(), start + length);
      return end <= start ? "" : value.substring((int) start, (int) end);
    } catch (Arithmetic.Error e) {
      throw sh.fatal(e.getMessage());
    }
  }

  private String assign(String name, String value) {
    if (!ShellParser.isName(name)) {
      throw sh.fatal(name + ": bad variable name");
    }
    sh.state().vars.put(name, value);
    return value;
  }

  private String trim(String value, String rest) {
    boolean prefix = rest.startsWith("#");
    boolean longest = rest.startsWith("##") || rest.startsWith("%%");
    Pattern re = Glob.regex(expander.pattern(rest.substring(longest ? 2 : 1)));
    if (prefix) {
      for (int i = longest ? value.length() : 0; longest ? i >= 0 : i <= value.length(); i += longest ? -1 : 1) {
        if (re.matcher(value.substring(0, i)).matches()) {
          return value.substring(i);
        }
      }
    } else {
      for (int i = longest ? 0 : value.length(); longest ? i <= value.length() : i >= 0; i += longest ? 1 : -1) {
        if (re.matcher(value.substring(i)).matches()) {
          return value.substring(0, i);
        }
      }
    }
    return value;
  }
}
