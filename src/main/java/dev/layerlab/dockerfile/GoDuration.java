package dev.layerlab.dockerfile;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration}, which HEALTHCHECK's interval flags use ({@code 30s}, {@code 1m30s}, {@code 500ms}). */
final class GoDuration {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

  private GoDuration() {}

  static Duration parse(String s) {
    String text = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(text);
    double nanos = 0;
    int pos = 0;
    while (pos < text.length() && m.find(pos) && m.start() == pos) {
      nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
      pos = m.end();
    }
    if (text.isEmpty() || pos != text.length()) {
      throw Request.error("time: invalid duration " + GoQuote.quote(s));
    }
    Duration d = Duration.ofNanos((long) nanos);
    return s.startsWith("-") ? d.negated() : d;
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs", "μs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
  }
}
