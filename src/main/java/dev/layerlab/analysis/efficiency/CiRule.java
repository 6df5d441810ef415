package dev.layerlab.analysis.efficiency;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of dive's CI rules, with its threshold or disabled. Defaults as dive's: lowestEfficiency 0.9,
 * highestWastedBytes disabled, highestUserWastedPercent 0.1.
 *
 * @param name dive's key: {@code lowestEfficiency}, {@code highestWastedBytes}, {@code
 *     highestUserWastedPercent}
 * @param threshold empty when disabled (shown as SKIP)
 * @param text the threshold as given (dive prints it on a PASS), or {@code disabled}
 */
public record CiRule(String name, Optional<Double> threshold, String text) {
  public static final String LOWEST_EFFICIENCY = "lowestEfficiency";
  public static final String HIGHEST_WASTED_BYTES = "highestWastedBytes";
  public static final String HIGHEST_USER_WASTED_PERCENT = "highestUserWastedPercent";

  /** What Go's ParseFloat reads: no Java suffixes ({@code 0.5d}), no hex. */
  private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * Parses a rule value as dive does: empty, {@code disabled}, {@code off} or {@code false} (any case)
   * disables the rule; bytes as go-humanize reads them; fractions from 0 to 1. A bad value is an
   * {@link IllegalArgumentException} worded as dive words it.
   */
  public static CiRule parse(String name, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("disabled") || v.equals("off") || v.equals("false")) {
      return new CiRule(name, Optional.empty(), "disabled");
    }
    if (name.equals(HIGHEST_WASTED_BYTES)) {
      try {
        return new CiRule(name, Optional.of((double) HumanBytes.parse(value)), value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid " + name + " config value, given \"" + value + "\": " + e.getMessage());
      }
    }
    if (!FLOAT.matcher(value.trim()).matches()) {
      throw new IllegalArgumentException("invalid " + name + " config value, given \"" + value + "\": not a number");
    }
    double d = Double.parseDouble(value.trim());
    if (d < 0 || d > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s config value is outside allowed range (0-1), given '%f'", name, d));
    }
    return new CiRule(name, Optional.of(d), value);
  }
}
