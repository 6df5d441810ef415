package dev.layerlab.analysis.start;

/**
 * What {@code docker run} exits with when the container does not run as meant. A runtime failure gets
 * the status the docker CLI picks from the error's text: 127 for a program that is not there
 * ("executable file not found", "no such file or directory"), 126 for one that cannot be run
 * ("permission denied", "is a directory"), 125 for any other failure of the daemon. A process that
 * starts and fails exits with its own status.
 */
final class ExitStatus {
  /** node's status for an uncaught error such as a missing module. */
  static final int NODE_ERROR = 1;
  /** npm's status for ENOENT (npm 9 and later). */
  static final int NPM_ENOENT = 254;
  /** python's status for a script it cannot open (a usage error). */
  static final int PYTHON_USAGE = 2;

  private ExitStatus() {}

  static int ofRuntimeError(String message) {
    if (message.contains("executable file not found") || message.contains("no such file or directory")) {
      return 127;
    }
    if (message.contains("permission denied") || message.contains("is a directory")) {
      return 126;
    }
    return 125;
  }
}
