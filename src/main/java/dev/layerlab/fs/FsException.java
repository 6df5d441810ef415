package dev.layerlab.fs;

/**
 * A filesystem call failed the way the kernel would fail it. The {@link Kind} is the errno; {@link
 * #reason()} is its strerror text (glibc wording), so the shell can print
 * {@code rm: can't remove 'x': No such file or directory} as busybox does.
 */
public final class FsException extends RuntimeException {

  /** The errno-like cause, with the text {@code strerror} gives for it. */
  public enum Kind {
    NOT_FOUND("No such file or directory"),
    EXISTS("File exists"),
    NOT_A_DIRECTORY("Not a directory"),
    IS_A_DIRECTORY("Is a directory"),
    NOT_EMPTY("Directory not empty"),
    LOOP("Too many levels of symbolic links"),
    INVALID("Invalid argument"),
    NOT_PERMITTED("Operation not permitted"),
    ACCESS("Permission denied"),
    TOO_BIG("File too large"),
    NAME_TOO_LONG("File name too long"),
    IO("Input/output error");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  private final Kind kind;
  private final String path;

  public FsException(Kind kind, String path) {
    super(path + ": " + kind.text());
    this.kind = kind;
    this.path = path;
  }

  public Kind kind() {
    return kind;
  }

  /** The path the call failed on, as the caller gave it. */
  public String path() {
    return path;
  }

  /** The bare strerror text, e.g. {@code No such file or directory}. */
  public String reason() {
    return kind.text();
  }
}
