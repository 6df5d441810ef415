package dev.layerlab.render;

import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.GoFormat;
import dev.layerlab.analysis.efficiency.PathWaste;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code layerlab efficiency}: dive's CI report as dive prints it (Analysis, Inefficient Files), the
 * corrected reading beside dive's, file by file, and dive's Evaluation when the rules were checked.
 */
public final class EfficiencyView {
  static final int MAX_ROWS = 20;
  private static final String ROW = "  %-5s  %-12s  %s%n";
  private static final String PAIR = "  %-19s  %-12s  %s%n";
  private static final String FILE_PAIR = "  %-5s  %-12s  %-12s  %s%n";

  private EfficiencyView() {}

  public static String render(EfficiencyReport dive, EfficiencyReport corrected, Optional<CiVerdict> ci) {
    StringBuilder sb = new StringBuilder();
    analysis(sb, dive);
    inefficient(sb, dive.inefficient());
    sideBySide(sb, dive, corrected);
    ci.ifPresent(v -> evaluation(sb, v));
    return sb.toString();
  }

  private static void analysis(StringBuilder sb, EfficiencyReport r) {
    sb.append("Analysis:\n");
    sb.append(String.format("  %-18s %s %%%n", "efficiency:", GoFormat.fixed(r.score() * 100, 2)));
    sb.append(String.format("  %-18s %d bytes%s%n", "wastedBytes:", r.wastedBytes(),
        r.wastedBytes() > 0 ? " (" + DiveBytes.human(r.wastedBytes()) + ")" : ""));
    sb.append(String.format("  %-18s %s%n", "userWastedPercent:", r.wastedBytes() > 0 ? percent(r) : "0 %"));
  }

  /** A fraction as dive shows it; dive divides by zero user bytes, which Go prints as +Inf. */
  static String percent(EfficiencyReport r) {
    return r.userWastedPercent().isPresent() ? GoFormat.fixed(r.userWastedPercent().getAsDouble() * 100, 2) + " %"
        : r.wastedBytes() > 0 ? "+Inf %" : "NaN %";
  }

  private static void inefficient(StringBuilder sb, List<PathWaste> rows) {
    sb.append("\nInefficient Files:");
    if (rows.isEmpty()) {
      sb.append(" (None)\n");
      return;
    }
    sb.append('\n').append(String.format(ROW, "Count", "Wasted Space", "File Path"));
    rows.stream().limit(MAX_ROWS).forEach(p -> sb.append(String.format(ROW, p.count(), DiveBytes.human(p.wasted()),
        p.path())));
    more(sb, rows.size());
  }

  private static void sideBySide(StringBuilder sb, EfficiencyReport dive, EfficiencyReport corrected) {
    sb.append("\nSide by side:\n").append(String.format(PAIR, "", "dive", "corrected"));
    sb.append(String.format(PAIR, "efficiency", GoFormat.fixed(dive.score() * 100, 2) + " %",
        GoFormat.fixed(corrected.score() * 100, 2) + " %"));
    sb.append(String.format(PAIR, "wastedBytes", DiveBytes.human(dive.wastedBytes()),
        DiveBytes.human(corrected.wastedBytes())));
    sb.append(String.format(PAIR, "userWastedPercent", dive.wastedBytes() > 0 ? percent(dive) : "0 %",
        corrected.wastedBytes() > 0 ? percent(corrected) : "0 %"));
    sb.append(String.format(PAIR, "inefficient files", dive.inefficient().size(), corrected.inefficient().size()));
    List<String[]> files = fileRows(dive, corrected);
    if (!files.isEmpty()) {
      sb.append('\n').append(String.format(FILE_PAIR, "Count", "dive", "corrected", "File Path"));
      files.stream().limit(MAX_ROWS).forEach(f -> sb.append(String.format(FILE_PAIR, (Object[]) f)));
      more(sb, files.size());
    }
    sb.append("\n  dive counts every copy of a path seen in several layers, the one you keep too, and\n"
        + "  does not see a directory deleted whole; corrected counts all copies but the smallest,\n"
        + "  and every file a deleted directory held: what a better Dockerfile could save.\n");
  }

  /** Every path either mode lists: its occurrences, dive's and the corrected waste ("-": not listed). */
  private static List<String[]> fileRows(EfficiencyReport dive, EfficiencyReport corrected) {
    Map<String, PathWaste> d = new LinkedHashMap<>();
    dive.inefficient().forEach(p -> d.put(p.path(), p));
    Map<String, PathWaste> c = new LinkedHashMap<>();
    corrected.inefficient().forEach(p -> c.put(p.path(), p));
    Map<String, PathWaste> all = new LinkedHashMap<>(c);
    d.forEach(all::putIfAbsent);
    return all.values().stream()
        .sorted(Comparator.comparingLong((PathWaste p) -> waste(c, p)).reversed()
            .thenComparing(Comparator.comparingLong((PathWaste p) -> waste(d, p)).reversed())
            .thenComparing(PathWaste::path))
        .map(p -> new String[] {String.valueOf(p.count()), cell(d, p), cell(c, p), p.path()}).toList();
  }

  private static long waste(Map<String, PathWaste> m, PathWaste p) {
    return m.containsKey(p.path()) ? m.get(p.path()).wasted() : -1;
  }

  private static String cell(Map<String, PathWaste> m, PathWaste p) {
    return m.containsKey(p.path()) ? DiveBytes.human(m.get(p.path()).wasted()) : "-";
  }

  private static void more(StringBuilder sb, int rows) {
    if (rows > MAX_ROWS) {
      sb.append("  … ").append(rows - MAX_ROWS).append(" more (--format json lists them all)\n");
    }
  }

  private static void evaluation(StringBuilder sb, CiVerdict v) {
    sb.append("\nEvaluation:\n");
    v.rules().forEach(l -> sb.append("  ").append(l.status()).append("  ").append(l.text()).append('\n'));
    StringBuilder tally = new StringBuilder();
    for (CiVerdict.Status s : List.of(CiVerdict.Status.PASS, CiVerdict.Status.FAIL, CiVerdict.Status.SKIP)) {
      if (v.count(s) > 0) {
        tally.append(tally.length() == 0 ? "" : " ").append(s.name().toLowerCase(java.util.Locale.ROOT)).append(':').append(v.count(s));
      }
    }
    sb.append('\n').append(v.failed() ? "FAIL" : "PASS").append(" [").append(tally).append("]\n");
  }
}
