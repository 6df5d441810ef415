package dev.layerlab.plan;

import dev.layerlab.dockerfile.Diagnostic;
import dev.layerlab.dockerfile.SourceRange;

/** A Dockerfile that parses but cannot be planned: an unknown target, a stage used before it exists, a cycle. */
public final class PlanException extends RuntimeException {
  private final transient Diagnostic diagnostic;

  public PlanException(String message, SourceRange range) {
    super(message);
    this.diagnostic = new Diagnostic(message, range);
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
