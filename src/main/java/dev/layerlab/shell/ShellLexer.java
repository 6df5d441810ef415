package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits script text into tokens: words (raw), operators, newlines; reads here-document bodies. */
final class ShellLexer {
  private static final String[] OPERATORS = {
    "&&", "||", ";;", "<<-", "<<", ">>", "<&", ">&", "<>", ">|", ";", "&", "|", "(", ")", "<", ">"
  };

  private final String src;
  private int pos;
  private int line = 1;
  private final List<HereDoc> pending = new ArrayList<>();

  ShellLexer(String src) {
    this.src = src;
  }

  /** A here document whose body starts after the next newline. */
  void expectHereDoc(HereDoc doc) {
    pending.add(doc);
  }

  Token next() {
    skipBlanks();
    if (pos >= src.length()) {
      readHereDocs();
      return new Token(Token.Kind.EOF, "", line);
    }
    char c = src.charAt(pos);
    if (c == '\n') {
      pos++;
      int at = line++;
      readHereDocs();
      return new Token(Token.Kind.NEWLINE, "\n", at);
    }
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        pos += op.length();
        return new Token(Token.Kind.OP, op, line);
      }
    }
    return word();
  }

  private void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private Token word() {
    int start = pos;
    int startLine = line;
    StringBuilder raw = new StringBuilder();
    while (pos < src.length() && !isMeta(src.charAt(pos))) {
      char c = src.charAt(pos);
      if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
        continue;
      }
      int end = endOf(c);
      if (end < 0 || end > src.length()) {
        throw new ShellSyntaxException(unterminated(c), startLine);
      }
      String piece = src.substring(pos, end);
      line += count(piece, '\n');
      raw.append(piece);
      pos = end;
    }
    String text = raw.toString();
    boolean ioNumber =
        !text.isEmpty()
            && text.chars().allMatch(Character::isDigit)
            && pos < src.length()
            && (src.charAt(pos) == '<' || src.charAt(pos) == '>');
    if (pos == start) {
      throw new ShellSyntaxException("Syntax error: \"" + src.charAt(pos) + "\" unexpected", line);
    }
    return new Token(ioNumber ? Token.Kind.IO_NUMBER : Token.Kind.WORD, text, startLine);
  }

  private int endOf(char c) {
    switch (c) {
      case '\'':
        return WordScan.singleQuoted(src, pos);
      case '"':
        return WordScan.doubleQuoted(src, pos);
      case '`':
      case '$':
        return WordScan.dollarOrBackquote(src, pos);
      case '\\':
        return Math.min(pos + 2, src.length());
      default:
        return pos + 1;
    }
  }

  private static String unterminated(char c) {
    if (c == '\'' || c == '"') {
      return "Syntax error: Unterminated quoted string";
    }
    return c == '`' ? "Syntax error: EOF in backquote substitution" : "Syntax error: Missing '))'";
  }

  private static boolean isMeta(char c) {
    return " \t\r\n;&|()<>".indexOf(c) >= 0;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private void readHereDocs() {
    for (HereDoc doc : pending) {
      StringBuilder body = new StringBuilder();
      while (pos < src.length()) {
        int eol = src.indexOf('\n', pos);
        String text = eol < 0 ? src.substring(pos) : src.substring(pos, eol);
        pos = eol < 0 ? src.length() : eol + 1;
        line++;
        String candidate = doc.stripTabs() ? stripLeadingTabs(text) : text;
        if (candidate.equals(doc.delimiter())) {
          break;
        }
        body.append(candidate).append('\n');
      }
      doc.body(body.toString());
    }
    pending.clear();
  }

  private static String stripLeadingTabs(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\t') {
      i++;
    }
    return s.substring(i);
  }
}
