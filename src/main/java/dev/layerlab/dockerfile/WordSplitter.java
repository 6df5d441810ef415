package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The quote-aware word split of ENV, LABEL and ARG. Quotes and escape characters stay in the words,
 * because they are removed later, by word expansion; inside single quotes the escape character is
 * literal; an escape character at the very end is dropped.
 */
final class WordSplitter {
  private WordSplitter() {}

  static List<String> split(String rest, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean blankOk = false;
    char quote = 0;
    int i = 0;
    while (i < rest.length()) {
      char ch = rest.charAt(i);
      if (quote == 0 && GoQuote.isSpace(ch)) {
        if (inWord && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        word.setLength(0);
        inWord = false;
        blankOk = false;
        i++;
        continue;
      }
      inWord = true;
      if (quote == 0 && (ch == '\'' || ch == '"')) {
        quote = ch;
        blankOk = true;
      } else if (quote != 0 && ch == quote) {
        quote = 0;
        word.append(ch);
        i++;
        continue;
      }
      if (ch == escape && (quote != '\'' )) {
        if (i + 1 == rest.length()) {
          i++;
          quote = 0;
          continue; // an escape at the very end is dropped
        }
        word.append(ch);
        ch = rest.charAt(++i);
      }
      word.append(ch);
      i++;
    }
    if (inWord && (blankOk || word.length() > 0)) {
      words.add(word.toString());
    }
    return words;
  }
}
