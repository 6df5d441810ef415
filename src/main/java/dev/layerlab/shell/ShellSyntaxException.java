package dev.layerlab.shell;

/** A script the shell cannot parse; the message is dash's wording without the program prefix. */
public final class ShellSyntaxException extends RuntimeException {
  private final int line;

  public ShellSyntaxException(String message, int line) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
