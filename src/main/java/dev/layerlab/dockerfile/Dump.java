package dev.layerlab.dockerfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * BuildKit's parser dump: one S-expression per instruction, the format of its parser test suite.
 * Heredoc bodies, comments, directives and the exec-form marker never appear in it.
 */
public final class Dump {
  private Dump() {}

  /** The dump of a whole file, without the final newline (the test suite adds one). */
  public static String of(List<Node> instructions) {
    StringBuilder out = new StringBuilder();
    for (Node n : instructions) {
      out.append('(').append(node(n)).append(")\n");
    }
    return out.toString().strip();
  }

  /** The dump of one instruction, without its enclosing parentheses. */
  public static String node(Node n) {
    StringBuilder out = new StringBuilder(n.command());
    if (!n.flags().isEmpty()) {
      out.append(" [")
          .append(n.flags().stream().map(GoQuote::quote).collect(Collectors.joining(" ")))
          .append(']');
    }
    for (Node.Arg arg : n.args()) {
      out.append(' ');
      if (arg instanceof Node.Sub sub) {
        out.append('(').append(node(sub.node())).append(')');
      } else {
        out.append(GoQuote.quote(((Node.Word) arg).value()));
      }
    }
    return out.toString().strip();
  }
}
