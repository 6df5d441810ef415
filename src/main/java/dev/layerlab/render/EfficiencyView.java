package dev.layerlab.render;

import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.PathWaste;
import java.util.Locale;
import java.util.Optional;

/** {@code layerlab efficiency}: dive's CI report (Analysis, Inefficient Files, Evaluation), then the corrected reading beside it. */
public final class EfficiencyView {
  private static final int MAX_ROWS = 20;

  private EfficiencyView() {}

  public static String render(EfficiencyReport dive, EfficiencyReport corrected, Optional<CiVerdict> ci) {
    StringBuilder sb = new StringBuilder("Analysis (as dive computes it):\n");
    sb.append(String.format(Locale.ROOT, "  efficiency: %.2f %%%n", dive.score() * 100));
    sb.append(String.format(Locale.ROOT, "  wastedBytes: %d bytes (%s)%n", dive.wastedBytes(), Sizes.human(dive.wastedBytes())));
    sb.append(String.format(Locale.ROOT, "  userWastedPercent: %s%n", dive.userWastedPercent().isPresent()
        ? String.format(Locale.ROOT, "%.2f %%", dive.userWastedPercent().getAsDouble() * 100) : "n/a (one layer)"));
    sb.append("\nInefficient Files:\n").append(String.format("%-7s%-15s%s%n", "Count", "Wasted Space", "File Path"));
    dive.inefficient().stream().limit(MAX_ROWS).forEach(p -> sb.append(String.format("%-7d%-15s%s%n", p.count(),
        Sizes.human(p.wasted()), p.path())));
    if (dive.inefficient().size() > MAX_ROWS) {
      sb.append("  … ").append(dive.inefficient().size() - MAX_ROWS).append(" more\n");
    }
    sb.append("\nSide by side:\n").append(String.format("  %-28s%-14s%s%n", "", "dive", "corrected"));
    sb.append(String.format(Locale.ROOT, "  %-28s%-14s%s%n", "efficiency", pct(dive.score()), pct(corrected.score())));
    sb.append(String.format("  %-28s%-14s%s%n", "wasted", Sizes.human(dive.wastedBytes()), Sizes.human(corrected.wastedBytes())));
    sb.append("  dive counts every copy of a duplicated path (the one you keep too) and misses whole-directory\n"
        + "  deletions; corrected counts cumulative minus the smallest copy, and each file a directory\n"
        + "  whiteout hides: what a better Dockerfile could save.\n");
    long onlyCorrected = corrected.inefficient().stream().filter(c -> dive.inefficient().stream()
        .noneMatch(d -> d.path().equals(c.path()))).mapToLong(PathWaste::wasted).sum();
    if (onlyCorrected > 0) {
      sb.append("  deleted directories dive does not count: ").append(Sizes.human(onlyCorrected)).append('\n');
    }
    ci.ifPresent(v -> evaluation(sb, v));
    return sb.toString();
  }

  private static void evaluation(StringBuilder sb, CiVerdict v) {
    sb.append("\nEvaluation:\n");
    v.rules().forEach(l -> sb.append(String.format("  %-6s%s%n", l.status(), l.text())));
    sb.append(v.failed() ? "FAIL" : "PASS").append(String.format(" [pass:%d fail:%d skip:%d]%n",
        v.count(CiVerdict.Status.PASS), v.count(CiVerdict.Status.FAIL), v.count(CiVerdict.Status.SKIP)));
  }

  private static String pct(double d) {
    return String.format(Locale.ROOT, "%.2f %%", d * 100);
  }
}
