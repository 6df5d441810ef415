package dev.layerlab.analysis.efficiency;

/**
 * How occurrences are weighed. {@link #DIVE} reproduces dive 0.13 to the byte, quirks included;
 * {@link #CORRECTED} counts what a better Dockerfile could save.
 */
public enum Mode {
  /**
   * As dive: a directory whiteout is one occurrence of the directory's path weighing what it deleted
   * (so the deleted files are never counted twice), and wasted bytes sum every copy of a duplicated
   * path, the one you would keep included (wagoodman/dive#684).
   */
  DIVE,
  /**
   * What could be saved: a directory whiteout is a zero-size occurrence of every file it hides, and a
   * duplicated path wastes its cumulative size minus its smallest copy.
   */
  CORRECTED
}
