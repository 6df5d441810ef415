package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the here-document words of a RUN, COPY or ADD line. The line is split into shell words with
 * quotes and escapes kept, so {@code "<<EOF"} in quotes is not a heredoc; each word of the form
 * digits, {@code <<}, optional {@code -}, a delimiter without {@code <} starts one. Whitespace between
 * {@code <<} and the delimiter is allowed (Dockerfile 1.16 and later).
 */
final class HeredocWords {
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)\\s*([^<]*)$");
  private static final Pattern BARE_OPERATOR = Pattern.compile("^\\d*<<-?$");

  private HeredocWords() {}

  static List<Heredoc> find(String line) {
    List<String> words = rawWords(line);
    List<Heredoc> docs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (BARE_OPERATOR.matcher(word).matches() && i + 1 < words.size()) {
        word = word + words.get(++i);
      }
      parse(word).ifPresent(docs::add);
    }
    return docs;
  }

  static Optional<Heredoc> parse(String word) {
    Matcher m = HEREDOC.matcher(word);
    if (!m.matches() || m.group(3).isEmpty()) {
      return Optional.empty();
    }
    String raw = m.group(3);
    Unquoted name = unquote(raw);
    if (name.text().isEmpty() && !name.quoted()) {
      return Optional.empty();
    }
    int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
    return Optional.of(new Heredoc(name.text(), "", !name.quoted(), m.group(2).equals("-"), fd));
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private record Unquoted(String text, boolean quoted) {}

  /** Removes quotes and backslash escapes, without expanding variables: {@code <<$EOF} is named {@code $EOF}. */
  private static Unquoted unquote(String raw) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    char quote = 0;
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (quote == 0 && (ch == '\'' || ch == '"')) {
        quote = ch;
        quoted = true;
      } else if (quote != 0 && ch == quote) {
        quote = 0;
      } else if (ch == '\\' && quote != '\'' && i + 1 < raw.length()) {
        out.append(raw.charAt(++i));
      } else {
        out.append(ch);
      }
    }
    return new Unquoted(out.toString(), quoted);
  }

  /** Shell words with quotes and escapes kept as written. */
  static List<String> rawWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quote == 0 && GoQuote.isSpace(ch)) {
        flush(words, word);
        continue;
      }
      word.append(ch);
      if (ch == '\\' && quote != '\'' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else if (quote == 0 && (ch == '\'' || ch == '"')) {
        quote = ch;
      } else if (ch == quote) {
        quote = 0;
      }
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
