package dev.layerlab.shell;

/** Non-local exits of the interpreter: {@code exit}, {@code return}, {@code break}/{@code continue}. */
final class ControlFlow {
  private ControlFlow() {}

  /** {@code exit N}, a fatal shell error, or {@code set -e}. */
  static final class Exit extends RuntimeException {
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** {@code return N} from a function. */
  static final class Return extends RuntimeException {
    final int status;

    Return(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** {@code break N} / {@code continue N}. */
  static final class Loop extends RuntimeException {
    final int levels;
    final boolean isContinue;

    Loop(int levels, boolean isContinue) {
      super(null, null, false, false);
      this.levels = levels;
      this.isContinue = isContinue;
    }
  }
}
