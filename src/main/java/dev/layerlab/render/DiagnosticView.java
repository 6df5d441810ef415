package dev.layerlab.render;

import dev.layerlab.dockerfile.Diagnostic;
import java.util.List;

/**
 * A Dockerfile error as the Docker CLI prints it: the file and line, an excerpt with two lines of
 * context marked {@code >>>}, a caret under the start of the failing line, then the message.
 */
public final class DiagnosticView {
  private static final String RULE = "--------------------";

  private DiagnosticView() {}

  public static String render(Diagnostic d, String source, String fileName) {
    List<String> lines = source.lines().toList();
    int start = d.range().startLine();
    int end = Math.min(d.range().endLine(), lines.size());
    StringBuilder out = new StringBuilder();
    if (start >= 1 && start <= lines.size()) {
      out.append(fileName).append(':').append(start == end ? String.valueOf(start) : start + "-" + end).append('\n');
      out.append(RULE).append('\n');
      appendExcerpt(out, lines, start, end);
      out.append(RULE).append('\n');
    }
    return out.append("ERROR: failed to solve: ").append(d.message()).append('\n').toString();
  }

  private static void appendExcerpt(StringBuilder out, List<String> lines, int start, int end) {
    int from = Math.max(1, start - 2);
    int to = Math.min(lines.size(), end + 2);
    int width = Math.max(3, String.valueOf(to).length());
    for (int n = from; n <= to; n++) {
      boolean failing = n >= start && n <= end;
      String text = lines.get(n - 1).replace('\t', ' ');
      out.append(String.format(" %" + width + "d | %s%s%n", n, failing ? ">>> " : "    ", text));
      if (n == start) {
        out.append(" ".repeat(width + 1)).append(" |     ").append(caret(text)).append('\n');
      }
    }
  }

  /** Carets under the first word of the line: the instruction keyword. */
  private static String caret(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return " ".repeat(i) + "^".repeat(Math.max(1, j - i));
  }
}
