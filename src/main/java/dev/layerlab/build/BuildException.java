package dev.layerlab.build;

import dev.layerlab.dockerfile.SourceRange;

/** A step failed: stops the build with BuildKit's message and the instruction's lines. */
final class BuildException extends RuntimeException {
  private final transient SourceRange range;

  BuildException(String message, SourceRange range) {
    super(message);
    this.range = range;
  }

  SourceRange range() {
    return range;
  }
}
