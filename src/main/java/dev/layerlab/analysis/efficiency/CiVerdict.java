package dev.layerlab.analysis.efficiency;

import java.util.List;

/**
 * The outcome of dive's CI rules on one report.
 *
 * @param rules one line per rule, sorted by rule name as dive prints them
 */
public record CiVerdict(List<Line> rules) {
  public enum Status { PASS, FAIL, SKIP }

  /** One evaluated rule: its status and dive's wording. */
  public record Line(String name, Status status, String text) {}

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
