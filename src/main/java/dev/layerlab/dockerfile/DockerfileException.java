package dev.layerlab.dockerfile;

/** Thrown when a Dockerfile cannot be read; carries the diagnostic a user sees. */
public final class DockerfileException extends RuntimeException {
  private final transient Diagnostic diagnostic;

  public DockerfileException(Diagnostic diagnostic) {
    super(diagnostic.message());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
