package dev.layerlab.repl;

/** A mistake of the learner's (a line that does not exist, a missing file): a message, never a stack trace. */
final class ReplException extends RuntimeException {
  ReplException(String message) {
    super(message);
  }
}
