package dev.layerlab.render;

/**
 * The chart area of a timeline: {@code columns} cells standing for {@code 0..scale} seconds, an axis
 * with round ticks, and bars with eighth-of-a-cell ends (or {@code =} in ASCII).
 */
final class Gantt {
  private static final double[] STEPS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600,
      7200, 18000, 36000};
  private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};
  private static final int TICK_GAP = 10;

  private final int columns;
  private final double scale;
  private final boolean unicode;

  Gantt(int columns, double scale, boolean unicode) {
    this.columns = columns;
    this.scale = scale > 0 ? scale : 1;
    this.unicode = unicode;
  }

  /** Tick labels, each starting at its tick's column. */
  String axisLabels() {
    char[] row = blank();
    double step = tickStep();
    int free = 0;
    for (double t = 0; t <= scale + 1e-9; t += step) {
      String label = SimTime.tick(Math.round(t * 10) / 10.0);
      // A label too near the right edge ends at the edge instead, if that leaves a gap after the last one.
      int col = Math.min(col(t), columns - label.length());
      if (col > free || (col == 0 && free == 0)) {
        label.getChars(0, label.length(), row, col);
        free = col + label.length() + 1;
      }
    }
    return new String(row);
  }

  /** The axis line: {@code ├──┼──┤}, or {@code +--+--+} in ASCII. */
  String axisRule() {
    char[] row = new char[columns];
    java.util.Arrays.fill(row, unicode ? '─' : '-');
    double step = tickStep();
    for (double t = step; t < scale - 1e-9; t += step) {
      row[Math.min(columns - 1, col(t))] = unicode ? '┼' : '+';
    }
    row[0] = unicode ? '├' : '+';
    row[columns - 1] = unicode ? '┤' : '+';
    return new String(row);
  }

  /** A thin line over a stage's span. */
  String span(double start, double end) {
    char[] row = blank();
    for (int c = col(start); c < Math.max(col(start) + 1, col(end)) && c < columns; c++) {
      row[c] = unicode ? '─' : '-';
    }
    return new String(row);
  }

  /**
   * A step's row: dots while it waited (from {@code readyAt}), then its bar; a cached step, or one
   * that took no time, is a one-column mark.
   */
  String bar(double readyAt, double start, double end, boolean cached) {
    char[] row = blank();
    int from = Math.min(columns - 1, col(start));
    for (int c = col(readyAt); c < from; c++) {
      row[c] = unicode ? '┄' : '.';
    }
    if (cached) {
      row[from] = unicode ? '┆' : ':';
      return new String(row);
    }
    int eighths = end <= start ? 1 : Math.max(1, (int) Math.round(end / scale * columns * 8) - from * 8);
    if (!unicode) {
      int cells = Math.max(1, Math.round(eighths / 8f));
      for (int c = from; c < from + cells && c < columns; c++) {
        row[c] = '=';
      }
      return new String(row);
    }
    int c = from;
    for (; eighths >= 8 && c < columns; eighths -= 8) {
      row[c++] = '█';
    }
    if (eighths > 0 && c < columns) {
      row[c] = EIGHTHS[eighths];
    }
    return new String(row);
  }

  private int col(double t) {
    return (int) Math.floor(t / scale * columns + 1e-9);
  }

  private double tickStep() {
    for (double s : STEPS) {
      if (s / scale * columns >= TICK_GAP) {
        return s;
      }
    }
    return STEPS[STEPS.length - 1];
  }

  private char[] blank() {
    char[] row = new char[columns];
    java.util.Arrays.fill(row, ' ');
    return row;
  }
}
