package dev.layerlab.schedule;

/** The simulated clock's resolution: a tenth of a millisecond, as {@code build.CostModel} keeps it, so sums repeat exactly. */
final class Clock {
  private Clock() {}

  static double round(double seconds) {
    return Math.round(seconds * 10_000) / 10_000.0;
  }
}
