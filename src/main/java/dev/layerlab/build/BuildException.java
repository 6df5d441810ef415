package dev.layerlab.build;

import dev.layerlab.dockerfile.SourceRange;
import java.util.List;

/** A step failed: stops the build with BuildKit's message and the instruction's lines. */
final class BuildException extends RuntimeException {
  private final transient SourceRange range;
  private final transient List<String> output;

  BuildException(String message, SourceRange range) {
    this(message, range, List.of());
  }

  BuildException(String message, SourceRange range, List<String> output) {
    super(message);
    this.range = range;
    this.output = List.copyOf(output);
  }

  /** What the failing step printed before it failed. */
  List<String> output() {
    return output;
  }

  SourceRange range() {
    return range;
  }
}
