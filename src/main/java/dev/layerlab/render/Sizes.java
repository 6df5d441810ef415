package dev.layerlab.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sizes as Docker prints them (go-units HumanSize): decimal units, three significant digits, no space
 * ({@code 0B}, {@code 446B}, {@code 12.3kB}, {@code 7.38MB}, {@code 1.13GB}). Values that round to
 * 1000 of a unit print as Go's {@code %g} does, {@code 1e+03kB}, a known Docker quirk kept on purpose.
 */
public final class Sizes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

  private Sizes() {}

  public static String human(long bytes) {
    double size = bytes;
    int unit = 0;
    while (size >= 1000 && unit < UNITS.length - 1) {
      size /= 1000;
      unit++;
    }
    return goG3(size) + UNITS[unit];
  }

  /** Go's {@code %.3g}: shortest form with three significant digits, exponent form from 1e+03. */
  static String goG3(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
    int exponent = d.precision() - d.scale() - 1;
    if (exponent >= 3 || exponent < -4) {
      BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
      return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
    return d.stripTrailingZeros().toPlainString();
  }
}
