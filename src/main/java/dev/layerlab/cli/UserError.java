package dev.layerlab.cli;

/** A mistake of the user's that stops a command with a message and exit status 1, never a stack trace. */
final class UserError extends Exception {
  UserError(String message) {
    super(message);
  }
}
