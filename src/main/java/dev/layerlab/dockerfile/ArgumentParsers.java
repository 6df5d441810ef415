package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** How each instruction's arguments are split, as BuildKit's line parsers do it (reference §1.5). */
final class ArgumentParsers {
  static final Pattern WHITESPACE = Pattern.compile("[\\t\\x0B\\f\\r ]+");

  /** What a line parser produced. */
  record Parsed(List<Node.Arg> args, boolean json) {
    static final Parsed NONE = new Parsed(List.of(), false);

    static Parsed words(List<String> words) {
      return new Parsed(words.stream().<Node.Arg>map(Node.Word::new).toList(), false);
    }
  }

  /** Parses what follows the keyword and its flags; {@code recurse} builds an ONBUILD's inner node. */
  interface LineParser {
    Parsed parse(String rest, char escape, Recursion recurse);
  }

  /** Builds a nested instruction node from a line (ONBUILD). */
  interface Recursion {
    Node parseLine(String line);
  }

  private static final Map<String, LineParser> DISPATCH = Map.ofEntries(
      Map.entry("add", (r, e, x) -> maybeJsonToList(r)),
      Map.entry("arg", (r, e, x) -> r.isEmpty() ? Parsed.NONE : Parsed.words(WordSplitter.split(r, e))),
      Map.entry("cmd", (r, e, x) -> maybeJson(r)),
      Map.entry("copy", (r, e, x) -> maybeJsonToList(r)),
      Map.entry("entrypoint", (r, e, x) -> maybeJson(r)),
      Map.entry("env", (r, e, x) -> KeyValues.parse(r, "ENV", e)),
      Map.entry("expose", (r, e, x) -> whitespaceDelimited(r)),
      Map.entry("from", (r, e, x) -> whitespaceDelimited(r)),
      Map.entry("healthcheck", (r, e, x) -> healthcheck(r)),
      Map.entry("label", (r, e, x) -> KeyValues.parse(r, "LABEL", e)),
      Map.entry("maintainer", (r, e, x) -> string(r)),
      Map.entry("onbuild", (r, e, x) -> r.isEmpty() ? Parsed.NONE
          : new Parsed(List.of(new Node.Sub(x.parseLine(r))), false)),
      Map.entry("run", (r, e, x) -> maybeJson(r)),
      Map.entry("shell", (r, e, x) -> maybeJson(r)),
      Map.entry("stopsignal", (r, e, x) -> string(r)),
      Map.entry("user", (r, e, x) -> string(r)),
      Map.entry("volume", (r, e, x) -> maybeJsonToList(r)),
      Map.entry("workdir", (r, e, x) -> string(r)));

  /** Unknown keywords pass the parser with one empty argument; they fail later. */
  private static final LineParser IGNORE = (r, e, x) -> new Parsed(List.of(new Node.Word("")), false);

  private ArgumentParsers() {}

  static LineParser forCommand(String command) {
    return DISPATCH.getOrDefault(command, IGNORE);
  }

  static boolean isKnown(String command) {
    return DISPATCH.containsKey(command);
  }

  static Parsed string(String rest) {
    return rest.isEmpty() ? Parsed.NONE : Parsed.words(List.of(rest));
  }

  static Parsed whitespaceDelimited(String rest) {
    if (rest.isEmpty()) {
      return Parsed.NONE;
    }
    List<String> words = new ArrayList<>();
    Collections.addAll(words, WHITESPACE.split(rest, -1));
    return Parsed.words(words);
  }

  static Parsed maybeJson(String rest) {
    if (rest.isEmpty()) {
      return Parsed.NONE;
    }
    Optional<List<String>> json = JsonArgs.parse(rest);
    return json.map(list -> new Parsed(Parsed.words(list).args(), true)).orElseGet(() -> Parsed.words(List.of(rest)));
  }

  static Parsed maybeJsonToList(String rest) {
    Optional<List<String>> json = JsonArgs.parse(rest);
    return json.map(list -> new Parsed(Parsed.words(list).args(), true)).orElseGet(() -> whitespaceDelimited(rest));
  }

  /** HEALTHCHECK: the first word is the type (CMD, NONE …); the rest is parsed like CMD. */
  static Parsed healthcheck(String rest) {
    int sep = 0;
    while (sep < rest.length() && !GoQuote.isSpace(rest.charAt(sep))) {
      sep++;
    }
    if (sep == 0) {
      return Parsed.NONE;
    }
    int next = sep;
    while (next < rest.length() && GoQuote.isSpace(rest.charAt(next))) {
      next++;
    }
    Parsed cmd = maybeJson(rest.substring(next));
    List<Node.Arg> args = new ArrayList<>();
    args.add(new Node.Word(rest.substring(0, sep)));
    args.addAll(cmd.args());
    return new Parsed(args, cmd.json());
  }
}
