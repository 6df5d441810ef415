package dev.layerlab.shell.applet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed sed script: {@code [addr[,addr]][!]cmd} with s, d, p, q, a, i, c; and how to run it. */
final class SedScript {
  /** One address: a line number, {@code $}, or a regex. */
  private record Address(int line, boolean last, Pattern regex) {
    boolean matches(int n, boolean isLast, String text) {
      return regex != null ? regex.matcher(text).find() : last ? isLast : n == line;
    }
  }

  private static final class Command {
    Address from;
    Address to;
    boolean negate;
    boolean inRange;
    char op;
    Pattern regex;
    String replacement;
    boolean global;
    boolean print;
    int occurrence = 1;
    String text = "";
  }

  private final List<Command> commands = new ArrayList<>();
  private final boolean extended;
  private String s;
  private int pos;

  private SedScript(boolean extended) {
    this.extended = extended;
  }

  /** Parses; throws IllegalArgumentException with busybox's wording on a bad script. */
  static SedScript parse(List<String> scripts, boolean extended) {
    SedScript p = new SedScript(extended);
    for (String script : scripts) {
      p.s = script;
      p.pos = 0;
      p.parseAll();
    }
    return p;
  }

  private void parseAll() {
    while (true) {
      while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ';')) {
        pos++;
      }
      if (pos >= s.length()) {
        return;
      }
      commands.add(command());
    }
  }

  private Command command() {
    Command c = new Command();
    c.from = address();
    if (c.from != null && pos < s.length() && s.charAt(pos) == ',') {
      pos++;
      c.to = address();
    }
    skipBlanks();
    if (pos < s.length() && s.charAt(pos) == '!') {
      c.negate = true;
      pos++;
      skipBlanks();
    }
    if (pos >= s.length()) {
      throw new IllegalArgumentException("missing command");
    }
    c.op = s.charAt(pos++);
    switch (c.op) {
      case 's': substitution(c); break;
      case 'a': case 'i': case 'c': c.text = text(); break;
      case 'd': case 'p': case 'q': case '=': break;
      default: throw new IllegalArgumentException("unsupported command " + c.op);
    }
    return c;
  }

  private void skipBlanks() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private Address address() {
    if (pos >= s.length()) {
      return null;
    }
    char c = s.charAt(pos);
    if (Character.isDigit(c)) {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      return new Address(Integer.parseInt(s.substring(start, Math.min(pos, start + 9))), false, null);
    }
    if (c == '$') {
      pos++;
      return new Address(0, true, null);
    }
    if (c == '/' || c == '\\') {
      char delim = c == '\\' ? s.charAt(++pos) : '/';
      pos++;
      return new Address(0, false, Regexes.compile(delimited(delim), extended, false));
    }
    return null;
  }

  private String delimited(char delim) {
    StringBuilder out = new StringBuilder();
    while (pos < s.length() && s.charAt(pos) != delim) {
      char c = s.charAt(pos++);
      if (c == '\\' && pos < s.length()) {
        char n = s.charAt(pos++);
        out.append(n == delim ? String.valueOf(n) : n == 'n' ? "\n" : "\\" + n);
      } else {
        out.append(c);
      }
    }
    if (pos >= s.length()) {
      throw new IllegalArgumentException("unmatched '" + delim + "'");
    }
    pos++;
    return out.toString();
  }

  private void substitution(Command c) {
    if (pos >= s.length()) {
      throw new IllegalArgumentException("unterminated `s' command");
    }
    char delim = s.charAt(pos++);
    String re = delimited(delim);
    c.replacement = replacement(delimited(delim));
    boolean ignoreCase = false;
    while (pos < s.length() && "gpIi0123456789".indexOf(s.charAt(pos)) >= 0) {
      char f = s.charAt(pos++);
      if (Character.isDigit(f)) {
        c.occurrence = f - '0';
      }
      c.global |= f == 'g';
      c.print |= f == 'p';
      ignoreCase |= f == 'I' || f == 'i';
    }
    c.regex = Regexes.compile(re, extended, ignoreCase);
  }

  private static String replacement(String r) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '&') {
        out.append("$0");
      } else if (c == '\\' && i + 1 < r.length()) {
        char n = r.charAt(++i);
        out.append(Character.isDigit(n) ? "$" + n : n == 'n' ? "\n" : Matcher.quoteReplacement(String.valueOf(n)));
      } else {
        out.append(Matcher.quoteReplacement(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  private String text() {
    skipBlanks();
    if (pos < s.length() && s.charAt(pos) == '\\') {
      pos++;
      if (pos < s.length() && s.charAt(pos) == '\n') {
        pos++;
      }
    }
    int end = s.indexOf('\n', pos);
    String t = s.substring(pos, end < 0 ? s.length() : end);
    pos = end < 0 ? s.length() : end;
    return t;
  }

  /** Runs the script over the text; {@code quiet} is {@code -n}. */
  String apply(String input, boolean quiet) {
    List<String> lines = new ArrayList<>(List.of(input.split("\n", -1)));
    boolean trailingNewline = input.endsWith("\n");
    if (trailingNewline || input.isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= lines.size(); n++) {
      boolean last = n == lines.size();
      if (!line(lines.get(n - 1), n, last, quiet, out)) {
        break;
      }
    }
    if (!trailingNewline && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Returns false on {@code q}. */
  private boolean line(String text, int n, boolean last, boolean quiet, StringBuilder out) {
    String space = text;
    StringBuilder after = new StringBuilder();
    for (Command c : commands) {
      if (!selected(c, n, last, space)) {
        continue;
      }
      switch (c.op) {
        case 'd': return true;
        case 'p': out.append(space).append('\n'); break;
        case '=': out.append(n).append('\n'); break;
        case 'i': out.append(c.text).append('\n'); break;
        case 'a': after.append(c.text).append('\n'); break;
        case 'c': out.append(c.text).append('\n'); return true;
        case 'q':
          out.append(quiet ? "" : space + "\n").append(after);
          return false;
        default: space = substitute(c, space, out);
      }
    }
    if (!quiet) {
      out.append(space).append('\n');
    }
    out.append(after);
    return true;
  }

  private static String substitute(Command c, String space, StringBuilder out) {
    Matcher m = c.regex.matcher(space);
    StringBuilder sb = new StringBuilder();
    int seen = 0;
    boolean changed = false;
    while (m.find()) {
      seen++;
      if (seen >= c.occurrence) {
        m.appendReplacement(sb, c.replacement);
        changed = true;
        if (!c.global) {
          break;
        }
      }
    }
    m.appendTail(sb);
    if (changed && c.print) {
      out.append(sb).append('\n');
    }
    return changed ? sb.toString() : space;
  }

  private static boolean selected(Command c, int n, boolean last, String space) {
    boolean hit;
    if (c.from == null) {
      hit = true;
    } else if (c.to == null) {
      hit = c.from.matches(n, last, space);
    } else if (c.inRange) {
      hit = true;
      c.inRange = !c.to.matches(n, last, space) && !(c.to.line > 0 && n >= c.to.line);
    } else {
      hit = c.from.matches(n, last, space);
      c.inRange = hit && !(c.to.line > 0 && n >= c.to.line);
    }
    return hit != c.negate;
  }
}
