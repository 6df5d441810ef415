package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Line edits on a Dockerfile's text, addressed by an instruction's source range (1-based lines). */
final class TextEdit {
  private TextEdit() {}

  static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  static SourceRange range(Instruction i) {
    return i.node().range();
  }

  /** The instruction's lines, as written. */
  static List<String> text(String text, SourceRange r) {
    return lines(text).subList(r.startLine() - 1, r.endLine());
  }

  /** Replaces the instruction's lines with {@code replacement} (which may be several lines). */
  static String replace(String text, SourceRange r, String replacement) {
    List<String> l = lines(text);
    l.subList(r.startLine() - 1, r.endLine()).clear();
    l.addAll(r.startLine() - 1, Arrays.asList(replacement.split("\n", -1)));
    return join(l);
  }

  /** Rewrites the instruction's text (its lines joined by newlines) with {@code f}. */
  static String edit(String text, SourceRange r, UnaryOperator<String> f) {
    return replace(text, r, f.apply(String.join("\n", text(text, r))));
  }

  static String insertBefore(String text, int line, String newLines) {
    List<String> l = lines(text);
    l.addAll(line - 1, Arrays.asList(newLines.split("\n", -1)));
    return join(l);
  }

  static String delete(String text, SourceRange r) {
    List<String> l = lines(text);
    l.subList(r.startLine() - 1, r.endLine()).clear();
    return join(l);
  }

  /** Appends to the last line of an instruction ({@code && rm -rf …}). */
  static String append(String text, SourceRange r, String suffix) {
    List<String> l = lines(text);
    l.set(r.endLine() - 1, stripTrailing(l.get(r.endLine() - 1)) + suffix);
    return join(l);
  }

  private static String stripTrailing(String s) {
    return s.replaceAll("\\s+$", "");
  }
}
