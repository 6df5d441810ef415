package dev.layerlab.shell;

/** A script hit one of the {@link ShellLimits}; the whole RUN stops with this message. */
public final class ShellLimitException extends RuntimeException {
  public ShellLimitException(String message) {
    super(message);
  }
}
