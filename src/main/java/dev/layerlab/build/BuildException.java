package dev.layerlab.build;

import dev.layerlab.dockerfile.SourceRange;
import java.util.List;

/** A step failed: stops the build with BuildKit's message and the instruction's lines. */
final class BuildException extends RuntimeException {
  private final transient SourceRange range;
  private final transient List<String> output;
  private final double seconds;

  BuildException(String message, SourceRange range) {
    this(message, range, List.of(), 0.0);
  }

  BuildException(String message, SourceRange range, List<String> output, double seconds) {
    super(message);
    this.range = range;
    this.output = List.copyOf(output);
    this.seconds = seconds;
  }

  /** Simulated seconds the step ran before it failed. */
  double seconds() {
    return seconds;
  }

  /** What the failing step printed before it failed. */
  List<String> output() {
    return output;
  }

  SourceRange range() {
    return range;
  }
}
