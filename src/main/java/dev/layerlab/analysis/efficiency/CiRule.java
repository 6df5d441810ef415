package dev.layerlab.analysis.efficiency;

import java.util.Optional;

/**
 * One of dive's CI rules, with its threshold or disabled. Defaults as dive's: lowestEfficiency 0.9,
 * highestWastedBytes disabled, highestUserWastedPercent 0.1.
 *
 * @param name dive's key: {@code lowestEfficiency}, {@code highestWastedBytes}, {@code
 *     highestUserWastedPercent}
 * @param threshold empty when disabled (shown as SKIP)
 * @param text the threshold as given, for the report
 */
public record CiRule(String name, Optional<Double> threshold, String text) {
  public static final String LOWEST_EFFICIENCY = "lowestEfficiency";
  public static final String HIGHEST_WASTED_BYTES = "highestWastedBytes";
  public static final String HIGHEST_USER_WASTED_PERCENT = "highestUserWastedPercent";

  /** Parses a rule value as dive does; a bad value is an {@link IllegalArgumentException} with dive's meaning. */
  public static CiRule parse(String name, String value) {
    String v = value.trim();
    if (v.isEmpty() || v.equals("disabled") || v.equals("off") || v.equals("false")) {
      return new CiRule(name, Optional.empty(), "disabled");
    }
    if (name.equals(HIGHEST_WASTED_BYTES)) {
      return new CiRule(name, Optional.of((double) HumanBytes.parse(v)), v);
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid config value ('" + v + "') for " + name + ": not a number");
    }
    if (d < 0 || d > 1) {
      throw new IllegalArgumentException("invalid config value ('" + v + "') for " + name + ": must be between 0 and 1");
    }
    return new CiRule(name, Optional.of(d), v);
  }
}
