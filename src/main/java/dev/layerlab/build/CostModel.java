package dev.layerlab.build;

/**
 * Simulated seconds for each kind of step, so the same build always takes the same time. The figures
 * are round, documented assumptions, not measurements: a pull at 50 MB/s of compressed bytes plus
 * 20 MB/s of extraction; a context or stage copy at 200 MB/s plus 0.05 s; a RUN at 0.2 s of
 * container start plus what its programs cost (their models report it; {@code sleep N} costs N);
 * a cached step 0.0 s. The scheduler adds parallel stages on top of these durations.
 */
public final class CostModel {
  static final double PULL_BYTES_PER_SECOND = 50e6;
  static final double EXTRACT_BYTES_PER_SECOND = 20e6;
  static final double COPY_BYTES_PER_SECOND = 200e6;
  static final double COPY_OVERHEAD = 0.05;
  static final double RUN_START = 0.2;
  static final double PER_COMMAND = 0.001;

  private CostModel() {}

  static double pull(long compressed, long uncompressed) {
    return round(compressed / PULL_BYTES_PER_SECOND + uncompressed / EXTRACT_BYTES_PER_SECOND);
  }

  static double copy(long bytes) {
    return round(COPY_OVERHEAD + bytes / COPY_BYTES_PER_SECOND);
  }

  static double run(double programSeconds, long commands) {
    return round(RUN_START + programSeconds + commands * PER_COMMAND);
  }

  /** Times are kept to a tenth of a millisecond so sums stay reproducible. */
  static double round(double seconds) {
    return Math.round(seconds * 10_000) / 10_000.0;
  }
}
