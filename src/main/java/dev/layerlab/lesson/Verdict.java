package dev.layerlab.lesson;

/** What one check found: passed or not, and the measured figure in words ("the image is 1.15GB"). */
public record Verdict(boolean passed, String detail) {
  static Verdict of(boolean passed, String detail) {
    return new Verdict(passed, detail);
  }
}
