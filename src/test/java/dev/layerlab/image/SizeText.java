package dev.layerlab.image;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the reference's size figures ("116.57 MB", "1.1 GB", "200-215 MB") as a byte range: a
 * single figure covers everything that rounds to it at its own precision.
 */
final class SizeText {

  private static final Map<String, Long> UNITS =
      Map.of("B", 1L, "kB", 1_000L, "MB", 1_000_000L, "GB", 1_000_000_000L);

  record Range(long min, long max) {
    boolean contains(long bytes) {
      return bytes >= min && bytes <= max;
    }
  }

  private SizeText() {}

  static Range parse(String text) {
    String[] parts = text.trim().split(" ");
    long unit = UNITS.get(parts[1]);
    String[] bounds = parts[0].split("-");
    if (bounds.length == 2) {
      return new Range(bytes(bounds[0], unit), bytes(bounds[1], unit));
    }
    BigDecimal value = new BigDecimal(bounds[0]);
    BigDecimal half = BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.valueOf(2));
    BigDecimal u = BigDecimal.valueOf(unit);
    return new Range(value.subtract(half).multiply(u).longValue(),
        value.add(half).multiply(u).longValue());
  }

  private static long bytes(String number, long unit) {
    return new BigDecimal(number).multiply(BigDecimal.valueOf(unit)).longValue();
  }
}
