package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the {@code --flag} words from the start of an instruction's arguments. Quotes inside a flag
 * word are removed and the escape character escapes the next character; a bare {@code --} ends the
 * flags and is consumed; the first word not starting with {@code --} ends them too.
 */
final class FlagSplitter {
  private FlagSplitter() {}

  /** The flags and what follows them. */
  record Split(List<String> flags, String rest) {}

  static Split split(String line, char escape) {
    List<String> flags = new ArrayList<>();
    int pos = 0;
    while (true) {
      pos = skipSpaces(line, pos);
      if (pos >= line.length() || !line.startsWith("--", pos)) {
        return new Split(flags, line.substring(Math.min(pos, line.length())));
      }
      Word word = readWord(line, pos, escape);
      pos = word.end();
      if (word.text().equals("--")) {
        return new Split(flags, line.substring(pos));
      }
      if (word.quoted() || !word.text().isEmpty()) {
        flags.add(word.text());
      }
    }
  }

  private record Word(String text, boolean quoted, int end) {}

  private static Word readWord(String line, int pos, char escape) {
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    char quote = 0;
    while (pos < line.length()) {
      char ch = line.charAt(pos);
      if (quote == 0 && GoQuote.isSpace(ch)) {
        break;
      }
      if (quote == 0 && (ch == '\'' || ch == '"')) {
        quote = ch;
        quoted = true;
      } else if (quote != 0 && ch == quote) {
        quote = 0;
      } else if (ch == escape) {
        if (pos + 1 < line.length()) {
          word.append(line.charAt(++pos));
        } else {
          quote = 0; // an escape at the very end is dropped
        }
      } else {
        word.append(ch);
      }
      pos++;
    }
    return new Word(word.toString(), quoted, pos);
  }

  private static int skipSpaces(String line, int pos) {
    while (pos < line.length() && GoQuote.isSpace(line.charAt(pos))) {
      pos++;
    }
    return pos;
  }
}
