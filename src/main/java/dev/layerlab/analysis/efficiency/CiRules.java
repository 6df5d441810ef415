package dev.layerlab.analysis.efficiency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/**
 * dive's {@code --ci} evaluation: efficiency below the lowest fails, wasted bytes or the user-wasted
 * fraction above the highest fails (strict comparisons, as coded in dive).
 */
public record CiRules(CiRule lowestEfficiency, CiRule highestWastedBytes, CiRule highestUserWastedPercent) {

  public static CiRules defaults() {
    return new CiRules(CiRule.parse(CiRule.LOWEST_EFFICIENCY, "0.9"), CiRule.parse(CiRule.HIGHEST_WASTED_BYTES, "disabled"),
        CiRule.parse(CiRule.HIGHEST_USER_WASTED_PERCENT, "0.1"));
  }

  /** Defaults overridden by whichever values are given. */
  public static CiRules of(Optional<String> lowest, Optional<String> wasted, Optional<String> userPercent) {
    CiRules d = defaults();
    return new CiRules(lowest.map(v -> CiRule.parse(CiRule.LOWEST_EFFICIENCY, v)).orElse(d.lowestEfficiency),
        wasted.map(v -> CiRule.parse(CiRule.HIGHEST_WASTED_BYTES, v)).orElse(d.highestWastedBytes),
        userPercent.map(v -> CiRule.parse(CiRule.HIGHEST_USER_WASTED_PERCENT, v)).orElse(d.highestUserWastedPercent));
  }

  public CiVerdict evaluate(EfficiencyReport r) {
    List<CiVerdict.Line> lines = new ArrayList<>();
    lines.add(efficiency(r));
    lines.add(wasted(r));
    lines.add(userPercent(r));
    lines.sort(Comparator.comparing(CiVerdict.Line::name));
    return new CiVerdict(lines);
  }

  private CiVerdict.Line efficiency(EfficiencyReport r) {
    return line(lowestEfficiency, t -> r.score() < t, t -> String.format(Locale.ROOT,
        "image efficiency is too low (efficiency=%s < threshold=%s)", GoFormat.fixed(r.score(), 2), GoFormat.v(t)));
  }

  private CiVerdict.Line wasted(EfficiencyReport r) {
    return line(highestWastedBytes, t -> r.wastedBytes() > t, t -> String.format(Locale.ROOT,
        "too many bytes wasted (wasted-bytes=%d > threshold=%d)", r.wastedBytes(), (long) (double) t));
  }

  /** dive divides by the user bytes even when there are none: 0/0 passes every threshold, x/0 fails them all. */
  private CiVerdict.Line userPercent(EfficiencyReport r) {
    double value = r.userWastedPercent().orElse(r.wastedBytes() > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
    return line(highestUserWastedPercent, t -> value > t, t -> String.format(Locale.ROOT,
        "too many bytes wasted, relative to the user bytes added (%%-user-wasted-bytes=%s > threshold=%s)",
        GoFormat.fixed(value, 2), GoFormat.v(t)));
  }

  private static CiVerdict.Line line(CiRule rule, DoublePredicate fails, DoubleFunction<String> why) {
    if (rule.threshold().isEmpty()) {
      return new CiVerdict.Line(rule.name(), CiVerdict.Status.SKIP, rule.text(), "disabled");
    }
    double t = rule.threshold().get();
    return fails.test(t) ? new CiVerdict.Line(rule.name(), CiVerdict.Status.FAIL, rule.text(), why.apply(t))
        : new CiVerdict.Line(rule.name(), CiVerdict.Status.PASS, rule.text(), rule.text());
  }
}
