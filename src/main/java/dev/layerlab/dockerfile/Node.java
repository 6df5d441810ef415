package dev.layerlab.dockerfile;

import java.util.List;
import java.util.Locale;

/**
 * One instruction as BuildKit's parser sees it, before it is typed.
 *
 * @param keyword the instruction word as written ({@code RUNN}, {@code from}); see {@link #command()}
 * @param flags the leading {@code --flag} words, quotes removed
 * @param args the arguments as the instruction's line parser split them
 * @param json true when the arguments came from a JSON array (exec form)
 * @param original the logical line, continuations joined
 * @param heredocs the here-documents that followed the line
 * @param comments the comment lines directly above the instruction
 * @param range the physical lines it spans
 */
public record Node(
    String keyword,
    List<String> flags,
    List<Arg> args,
    boolean json,
    String original,
    List<Heredoc> heredocs,
    List<String> comments,
    SourceRange range) {

  public Node {
    flags = List.copyOf(flags);
    args = List.copyOf(args);
    heredocs = List.copyOf(heredocs);
    comments = List.copyOf(comments);
  }

  /** An argument: a word, or (for ONBUILD only) a whole nested instruction. */
  public sealed interface Arg permits Word, Sub {}

  /** A plain argument value. */
  public record Word(String value) implements Arg {}

  /** The instruction an ONBUILD wraps. */
  public record Sub(Node node) implements Arg {}

  /** The keyword in lower case, as BuildKit dispatches on it. */
  public String command() {
    return keyword.toLowerCase(Locale.ROOT);
  }

  /** The argument words; an ONBUILD's nested instruction is left out. */
  public List<String> words() {
    return args.stream().filter(Word.class::isInstance).map(a -> ((Word) a).value()).toList();
  }

  Node withHeredocs(List<Heredoc> docs, SourceRange newRange) {
    return new Node(keyword, flags, args, json, original, docs, comments, newRange);
  }

  Node withRange(SourceRange newRange) {
    return new Node(keyword, flags, args, json, original, heredocs, comments, newRange);
  }
}
