package dev.layerlab.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** BuildKit's "did you mean": the closest option within edit distance 2, in the case style of the input. */
public final class Suggest {
  private Suggest() {}

  static String wrap(String message, String value, List<String> options, boolean caseSensitive) {
    return closest(value, options, caseSensitive).map(m -> message + " (did you mean " + m + "?)").orElse(message);
  }

  public static Optional<String> closest(String value, List<String> options, boolean caseSensitive) {
    String val = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    String match = null;
    int min = 3;
    for (String option : options) {
      String opt = caseSensitive ? option : option.toLowerCase(Locale.ROOT);
      if (val.equals(opt)) {
        return Optional.empty(); // an exact match means the error is about something else
      }
      int d = distance(val, opt);
      if (d < min) {
        min = d;
        match = opt;
      }
    }
    return Optional.ofNullable(match).map(m -> inCaseOf(value, val, m));
  }

  private static String inCaseOf(String orig, String lowered, String match) {
    if (orig.equals(lowered)) {
      return match;
    }
    if (orig.equals(orig.toUpperCase(Locale.ROOT))) {
      return match.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(orig.charAt(0))) {
      return Character.toUpperCase(match.charAt(0)) + match.substring(1);
    }
    return match;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
