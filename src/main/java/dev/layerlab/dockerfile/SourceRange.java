package dev.layerlab.dockerfile;

/** The physical lines an instruction spans, counted from 1, continuation and heredoc lines included. */
public record SourceRange(int startLine, int endLine) {
  public SourceRange {
    if (endLine < startLine) {
      endLine = startLine;
    }
  }

  public static SourceRange line(int line) {
    return new SourceRange(line, line);
  }
}
