package dev.layerlab.schedule;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration a lesson or {@code --sim 'go build=120s'} sets: every step whose name contains
 * {@code pattern} takes {@code seconds}, whatever the cost model says.
 */
public record CostOverride(String pattern, double seconds) {
  private static final Pattern SPEC = Pattern.compile("(.+)=\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*");

  public CostOverride {
    if (pattern.isEmpty() || seconds < 0) {
      throw new IllegalArgumentException("a cost override needs a pattern and a duration of 0 or more");
    }
  }

  /** {@code PATTERN=DURATION}, the duration in {@code ms}, {@code s} (the default), {@code m} or {@code h}. */
  public static CostOverride parse(String spec) {
    Matcher m = SPEC.matcher(spec);
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid --sim \"" + spec + "\": use PATTERN=DURATION, e.g. 'go build=120s'");
    }
    double n = Double.parseDouble(m.group(2));
    String unit = m.group(3) == null ? "s" : m.group(3).toLowerCase(Locale.ROOT);
    double factor = switch (unit) {
      case "ms" -> 0.001;
      case "m" -> 60;
      case "h" -> 3600;
      default -> 1;
    };
    return new CostOverride(m.group(1), n * factor);
  }

  boolean matches(String stepName) {
    return stepName.contains(pattern);
  }
}
