package dev.layerlab.render;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Heredoc;
import dev.layerlab.dockerfile.Node;
import dev.layerlab.dockerfile.Stage;
import java.util.List;

/** A readable listing of a parsed Dockerfile: directives, global ARGs, then each stage's instructions. */
public final class ParseListing {
  private ParseListing() {}

  public static String render(Dockerfile df) {
    StringBuilder out = new StringBuilder();
    df.ast().directives().forEach(d -> out.append("directive ").append(d.name()).append('=').append(d.value())
        .append("  (line ").append(d.line()).append(")\n"));
    if (!df.globalArgs().isEmpty()) {
      out.append("global scope\n");
      df.globalArgs().forEach(a -> instruction(out, a.node()));
    }
    for (Stage s : df.stages()) {
      out.append("stage ").append(s.index()).append(" \"").append(s.displayName()).append("\"  FROM ")
          .append(s.from().image()).append(s.from().platform().map(p -> " (platform " + p + ")").orElse(""))
          .append("  (line ").append(s.from().node().range().startLine()).append(")\n");
      s.instructions().forEach(i -> instruction(out, i.node()));
    }
    df.ast().warnings().forEach(w -> out.append("warning: ").append(w.message()).append(" (line ")
        .append(w.range().startLine()).append(")\n"));
    return out.toString();
  }

  private static void instruction(StringBuilder out, Node n) {
    String lines = n.range().startLine() == n.range().endLine() ? String.valueOf(n.range().startLine())
        : n.range().startLine() + "-" + n.range().endLine();
    out.append(String.format("  %5s  %s", lines, n.keyword().toUpperCase(java.util.Locale.ROOT)));
    if (!n.flags().isEmpty()) {
      out.append("  flags ").append(String.join(" ", n.flags()));
    }
    out.append(n.json() ? "  exec form " : "  ").append(arguments(n.words())).append('\n');
    for (Heredoc h : n.heredocs()) {
      out.append("         heredoc <<").append(h.chomp() ? "-" : "").append(h.name())
          .append(h.expand() ? "" : " (not expanded)").append('\n');
      h.content().lines().forEach(l -> out.append("         | ").append(l).append('\n'));
    }
  }

  private static String arguments(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append('[').append(w).append(']');
    }
    return sb.toString();
  }
}
