package dev.layerlab.render;

/** Simulated seconds as a timeline prints them: {@code 0.4s}, {@code 2m00.2s}, {@code 1h05m00s}; axis ticks shorter. */
final class SimTime {
  private SimTime() {}

  static String duration(double seconds) {
    if (seconds < 60) {
      return String.format("%.1fs", seconds);
    }
    if (seconds < 3600) {
      long tenths = Math.round(seconds * 10);
      return String.format("%dm%02d.%ds", tenths / 600, tenths % 600 / 10, tenths % 10);
    }
    long s = Math.round(seconds);
    return String.format("%dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60);
  }

  /** An axis tick: {@code 0s}, {@code 0.5s}, {@code 30s}, {@code 1m}, {@code 1m30s}, {@code 1h}. */
  static String tick(double seconds) {
    if (seconds < 60) {
      return seconds == Math.rint(seconds) ? (long) seconds + "s" : String.format("%.1fs", seconds);
    }
    long s = Math.round(seconds);
    String out = s >= 3600 ? s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : s % 3600 / 60 + "m") : s / 60 + "m";
    return out + (s % 60 == 0 ? "" : s % 60 + "s");
  }
}
