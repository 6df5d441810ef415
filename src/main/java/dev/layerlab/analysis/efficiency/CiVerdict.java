package dev.layerlab.analysis.efficiency;

import java.util.List;

/**
 * The outcome of dive's CI rules on one report.
 *
 * @param rules one line per rule, sorted by rule name as dive prints them
 */
public record CiVerdict(List<Line> rules) {
  public enum Status { PASS, FAIL, SKIP }

  /**
   * One evaluated rule.
   *
   * @param config the threshold as given, or {@code disabled}
   * @param message dive's words: the threshold on a PASS, why on a FAIL, {@code disabled} on a SKIP
   */
  public record Line(String name, Status status, String config, String message) {
    /** As dive prints it after the status: {@code lowestEfficiency (0.9)}. */
    public String text() {
      return name + " (" + message + ")";
    }
  }

  public CiVerdict {
    rules = List.copyOf(rules);
  }

  public boolean failed() {
    return rules.stream().anyMatch(l -> l.status() == Status.FAIL);
  }

  public long count(Status s) {
    return rules.stream().filter(l -> l.status() == s).count();
  }
}
