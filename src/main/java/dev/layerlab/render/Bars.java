package dev.layerlab.render;

/** Horizontal bars with eighth-block resolution, or {@code #} when the terminal has no Unicode. */
final class Bars {
  private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};

  private Bars() {}

  static String bar(double fraction, int width, boolean unicode) {
    double f = Math.max(0, Math.min(1, fraction));
    if (!unicode) {
      return "#".repeat((int) Math.round(f * width));
    }
    int eighths = (int) Math.round(f * width * 8);
    StringBuilder sb = new StringBuilder("█".repeat(eighths / 8));
    if (eighths % 8 != 0) {
      sb.append(EIGHTHS[eighths % 8]);
    }
    return sb.toString();
  }
}
