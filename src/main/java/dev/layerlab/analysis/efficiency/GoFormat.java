package dev.layerlab.analysis.efficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as Go's fmt prints them, so dive's figures match to the character: {@code %.Nf} rounds the
 * exact binary value half to even (Java's Formatter rounds the shortest decimal half up, and so
 * differs on values such as 0.125), and {@code %v} is the shortest form that reads back.
 */
public final class GoFormat {
  private GoFormat() {}

  /** Go's {@code %.<digits>f}. */
  public static String fixed(double d, int digits) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    return new BigDecimal(d).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Go's {@code %v} of a float64: shortest round-trip digits, exponent form below 1e-4 and from 1e21. */
  public static String v(double d) {
    if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
      return d == 0 ? "0" : fixed(d, 0);
    }
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exponent = b.precision() - b.scale() - 1;
    if (exponent < -4 || exponent >= 21) {
      String mantissa = b.movePointLeft(exponent).toPlainString();
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
    return b.toPlainString();
  }
}
