package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * ENV and LABEL arguments as key, value, separator triples. The new form ({@code k=v k2=v2}) is chosen
 * when the first word has an {@code =}; otherwise the legacy form takes the first word as the key and
 * the raw remainder, quotes included, as the value.
 */
final class KeyValues {
  private KeyValues() {}

  static ArgumentParsers.Parsed parse(String rest, String instruction, char escape) {
    List<String> words = WordSplitter.split(rest, escape);
    if (words.isEmpty()) {
      return ArgumentParsers.Parsed.NONE;
    }
    if (!words.get(0).contains("=")) {
      String[] parts = ArgumentParsers.WHITESPACE.split(rest, 2);
      if (parts.length < 2) {
        throw new DockerfileException(
            new Diagnostic(instruction + " must have two arguments", SourceRange.line(0)));
      }
      return ArgumentParsers.Parsed.words(List.of(parts[0], parts[1], ""));
    }
    List<String> triples = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        throw new DockerfileException(new Diagnostic("Syntax error - can't find = in " + GoQuote.quote(word)
            + ". Must be of the form: name=value", SourceRange.line(0)));
      }
      triples.add(word.substring(0, eq));
      triples.add(word.substring(eq + 1));
      triples.add("=");
    }
    return ArgumentParsers.Parsed.words(triples);
  }
}
