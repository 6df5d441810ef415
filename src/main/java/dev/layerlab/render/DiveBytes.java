package dev.layerlab.render;

import dev.layerlab.analysis.efficiency.GoFormat;

/**
 * Sizes as dive prints them (go-humanize's Bytes): SI units with a space, below 10 bytes the count
 * itself, then one decimal below 10 of a unit and none above ({@code 0 B}, {@code 917 B}, {@code 2.0 MB},
 * {@code 43 kB}, {@code 105 MB}). Docker's own sizes ({@link Sizes}) have no space and three digits.
 */
public final class DiveBytes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

  private DiveBytes() {}

  public static String human(long bytes) {
    if (bytes < 10) {
      return bytes + " B";
    }
    int e = (int) Math.floor(Math.log(bytes) / Math.log(1000));
    double val = Math.floor(bytes / Math.pow(1000, e) * 10 + 0.5) / 10;
    return GoFormat.fixed(val, val < 10 ? 1 : 0) + " " + UNITS[e];
  }
}
