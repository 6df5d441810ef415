package dev.layerlab.dockerfile;

/**
 * A user's mistake in a Dockerfile, worded as BuildKit words it, with the lines it concerns.
 *
 * @param message the complete message, e.g. {@code dockerfile parse error on line 3: unknown instruction: RUNN}
 * @param range the lines to show under the message
 */
public record Diagnostic(String message, SourceRange range) {

  /** An error from the instruction stage, which BuildKit prefixes with the line. */
  static Diagnostic wrapped(String inner, SourceRange range) {
    return new Diagnostic("dockerfile parse error on line " + range.startLine() + ": " + inner, range);
  }
}
