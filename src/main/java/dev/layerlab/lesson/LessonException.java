package dev.layerlab.lesson;

/** A lesson an instructor wrote wrongly: names the file and, when known, the line. */
public final class LessonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LessonException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
