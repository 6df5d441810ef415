package dev.layerlab.build;

import dev.layerlab.dockerfile.SourceRange;
import java.util.List;

/** A step failed: stops the build with BuildKit's message and the instruction's lines. */
final class BuildException extends RuntimeException {
  private final transient SourceRange range;
  private final transient List<String> output;
  private final double seconds;
  private final int status;

  BuildException(String message, SourceRange range) {
    this(message, range, List.of(), 0.0);
  }

  BuildException(String message, SourceRange range, List<String> output, double seconds) {
    this(message, range, output, seconds, 1);
  }

  BuildException(String message, SourceRange range, List<String> output, double seconds, int status) {
    super(message);
    this.range = range;
    this.output = List.copyOf(output);
    this.seconds = seconds;
    this.status = status;
  }

  /** The exit status the builder's client ends with: BuildKit always 1; the legacy builder the command's. */
  int status() {
    return status;
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
