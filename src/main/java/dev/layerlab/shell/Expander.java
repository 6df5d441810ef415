package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic, then field
 * splitting of unquoted results and pathname expansion; quotes are removed on the way.
 */
final class Expander {
  /** A run of expanded text: quoted text is never split or globbed. */
  private record Piece(String text, boolean quoted, boolean split) {
    /** Ends the current field: {@code "$@"} gives one field per positional parameter. */
    static final Piece BREAK = new Piece("", true, false);
  }

  private final Interpreter sh;
  private final Parameters parameters;

  Expander(Interpreter sh) {
    this.sh = sh;
    this.parameters = new Parameters(sh, this);
  }

  /** Full expansion of command words: may yield zero, one or many fields. */
  List<String> fields(List<Word> words) {
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      out.addAll(fields(w));
    }
    return out;
  }

  List<String> fields(Word word) {
    List<Field> fields = split(pieces(word.raw()));
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      if (!sh.state().noglob && Glob.hasMeta(f.pattern.toString())) {
        List<String> matches = Glob.expand(f.pattern.toString(), sh.state().cwd, sh.fs());
        out.addAll(matches.isEmpty() ? List.of(f.text.toString()) : matches);
      } else {
        out.add(f.text.toString());
      }
    }
    return out;
  }

  /** Expansion without splitting or globbing (assignments, redirect targets, case subjects). */
  String single(String raw) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces(raw)) {
      sb.append(p.text);
    }
    return sb.toString();
  }

  /** A word as a pattern: quoted characters are escaped so they match literally. */
  String pattern(String raw) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces(raw)) {
      sb.append(p.quoted ? escape(p.text) : p.text);
    }
    return sb.toString();
  }

  /** A here-document body: parameters, substitutions and {@code \$ \` \\} only. */
  String hereDoc(String body) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : doubleQuoted(body, true)) {
      sb.append(p.text);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("*?[]\\".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private List<Piece> pieces(String raw) {
    List<Piece> out = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\'') {
        int end = endOr(WordScan.singleQuoted(raw, i), raw);
        out.add(new Piece(raw.substring(i + 1, Math.max(i + 1, end - 1)), true, false));
        i = end;
      } else if (c == '"') {
        int end = endOr(WordScan.doubleQuoted(raw, i), raw);
        String inner = raw.substring(i + 1, Math.max(i + 1, end - 1));
        if (inner.equals("$@") || inner.equals("${@}")) {
          out.addAll(positionalFields());
        } else {
          out.add(new Piece("", true, false));
          out.addAll(doubleQuoted(inner, false));
        }
        i = end;
      } else if (c == '\\') {
        out.add(new Piece(i + 1 < raw.length() ? String.valueOf(raw.charAt(i + 1)) : "\\", true, false));
        i += 2;
      } else if (c == '$' || c == '`') {
        int end = endOr(WordScan.dollarOrBackquote(raw, i), raw);
        String value = expansion(raw.substring(i, end));
        out.add(value == null ? new Piece("$", false, false) : new Piece(value, false, true));
        i = end;
      } else if (c == '~' && i == 0) {
        i = tilde(raw, out);
      } else {
        out.add(new Piece(String.valueOf(c), false, false));
        i++;
      }
    }
    return out;
  }

  private List<Piece> positionalFields() {
    List<Piece> out = new ArrayList<>();
    for (String p : sh.state().positional) {
      if (!out.isEmpty()) {
        out.add(Piece.BREAK);
      }
      out.add(new Piece(p, true, false));
    }
    return out;
  }

  private static int endOr(int end, String raw) {
    return end < 0 ? raw.length() : end;
  }

  private int tilde(String raw, List<Piece> out) {
    int slash = raw.indexOf('/');
    int end = slash < 0 ? raw.length() : slash;
    String user = raw.substring(1, end);
    String home;
    if (user.isEmpty()) {
      home = sh.state().vars.getOrDefault("HOME", "/root");
    } else if (ShellParser.isName(user.replace("-", "_"))) {
      home = new Users(sh.fs()).home(user).orElse(null);
    } else {
      home = null;
    }
    out.add(home == null ? new Piece(raw.substring(0, end), false, false) : new Piece(home, true, false));
    return end;
  }

  /** The inside of double quotes (or a here-doc when {@code hereDoc}): everything quoted. */
  private List<Piece> doubleQuoted(String s, boolean hereDoc) {
    List<Piece> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '\n') {
          i += 2;
          continue;
        }
        boolean special = n == '$' || n == '`' || n == '\\' || (!hereDoc && n == '"');
        lit.append(special ? String.valueOf(n) : "\\" + n);
        i += 2;
      } else if (c == '$' || c == '`') {
        int end = endOr(WordScan.dollarOrBackquote(s, i), s);
        String value = expansion(s.substring(i, end));
        lit.append(value == null ? "$" : value);
        i = end;
      } else {
        lit.append(c);
        i++;
      }
    }
    out.add(new Piece(lit.toString(), true, false));
    return out;
  }

  /** One {@code $…} or backquote expansion; null for a lone {@code $}. */
  private String expansion(String text) {
    if (text.startsWith("`")) {
      String inner = text.substring(1, text.endsWith("`") && text.length() > 1 ? text.length() - 1 : text.length());
      return Scripts.substitute(sh, unescapeBackquoted(inner));
    }
    if (text.length() < 2) {
      return null;
    }
    if (text.startsWith("$((") && text.endsWith("))")) {
      return arithmetic(text.substring(3, text.length() - 2));
    }
    if (text.startsWith("$(")) {
      return Scripts.substitute(sh, text.substring(2, text.endsWith(")") ? text.length() - 1 : text.length()));
    }
    if (text.startsWith("${")) {
      return parameters.braced(text.substring(2, text.endsWith("}") ? text.length() - 1 : text.length()));
    }
    return parameters.simple(text.substring(1));
  }

  private String arithmetic(String expr) {
    String expanded = hereDoc(expr);
    try {
      return Long.toString(Arithmetic.eval(expanded, name -> sh.state().vars.get(name)));
    } catch (Arithmetic.Error e) {
      throw sh.fatal(e.getMessage());
    }
  }

  private static String unescapeBackquoted(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && "$`\\".indexOf(s.charAt(i + 1)) >= 0) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** One output field under construction: its text and its glob pattern (quoted parts escaped). */
  private static final class Field {
    final StringBuilder text = new StringBuilder();
    final StringBuilder pattern = new StringBuilder();
  }

  private List<Field> split(List<Piece> pieces) {
    String ifs = sh.state().vars.getOrDefault("IFS", " \t\n");
    List<Field> fields = new ArrayList<>();
    Field current = null;
    for (Piece p : pieces) {
      if (p == Piece.BREAK) {
        fields.add(current == null ? new Field() : current);
        current = null;
        continue;
      }
      if (!p.split || p.quoted) {
        current = current == null ? new Field() : current;
        current.text.append(p.text);
        current.pattern.append(p.quoted ? escape(p.text) : p.text);
        continue;
      }
      for (char c : p.text.toCharArray()) {
        if (ifs.indexOf(c) >= 0) {
          if (current != null) {
            fields.add(current);
          }
          current = null;
        } else {
          current = current == null ? new Field() : current;
          current.text.append(c);
          current.pattern.append(c);
        }
      }
    }
    if (current != null) {
      fields.add(current);
    }
    return fields;
  }
}
