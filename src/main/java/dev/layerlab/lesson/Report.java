package dev.layerlab.lesson;

import java.util.List;

/**
 * A goal check's answer: one line per sub-goal, passed or not with what was measured, and the hints of
 * the known mistakes seen.
 */
public record Report(List<Line> lines, List<String> mistakes) {
  public Report {
    lines = List.copyOf(lines);
    mistakes = List.copyOf(mistakes);
  }

  /** A sub-goal: its name (and the build it looked at) and the verdict. */
  public record Line(String goal, Verdict verdict) {}

  public boolean passed() {
    return lines.stream().allMatch(l -> l.verdict().passed());
  }

  /** Plain text: ✓ or ✗ (or + and - without Unicode) before every sub-goal, then any fired hint. */
  public String text(boolean unicode) {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      String mark = l.verdict().passed() ? (unicode ? "✓" : "+") : (unicode ? "✗" : "-");
      sb.append("  ").append(mark).append(' ').append(l.goal()).append("\n      ").append(l.verdict().detail()).append('\n');
    }
    mistakes.forEach(m -> sb.append("  hint: ").append(m.strip().replace("\n", "\n        ")).append('\n'));
    long done = lines.stream().filter(l -> l.verdict().passed()).count();
    sb.append(passed() ? "  goal reached!" : "  " + done + " of " + lines.size() + " sub-goals met").append('\n');
    return sb.toString();
  }
}
