package dev.layerlab.render;

import dev.layerlab.plan.Builder;
import dev.layerlab.schedule.Lane;
import dev.layerlab.schedule.Slot;
import dev.layerlab.schedule.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code layerlab timeline}: a Gantt chart of a build on the simulated clock, one lane per stage and
 * one bar per step, with its time; the critical path is marked {@code ◆} ({@code *} in ASCII) in the
 * first column, a cached step is a {@code ┆} mark, and dots show a step waiting: for a stage it reads, or
 * (legacy) for its turn.
 * The total, and what parallelism saved, close it. {@link #compare} puts BuildKit above legacy.
 */
public final class TimelineView {
  private static final int TIME = 8;

  private TimelineView() {}

  public static String render(Timeline t, int width, boolean unicode) {
    return chart(t, t.total(), width, unicode) + footer(t, width, unicode) + legend(unicode);
  }

  /** The same build by BuildKit and by the legacy builder, on one scale, and the time BuildKit saves. */
  public static String compare(Timeline buildkit, Timeline legacy, int width, boolean unicode) {
    double scale = Math.max(buildkit.total(), legacy.total());
    double saved = legacy.total() - buildkit.total();
    String ratio = buildkit.total() > 0 ? String.format(" (%.1f%s as fast)", legacy.total() / buildkit.total(),
        unicode ? "×" : "x") : "";
    return chart(buildkit, scale, width, unicode) + "total " + SimTime.duration(buildkit.total()) + "\n\n"
        + chart(legacy, scale, width, unicode) + "total " + SimTime.duration(legacy.total()) + "\n\n"
        + Text.ellipsis("BuildKit " + SimTime.duration(buildkit.total()) + ", legacy " + SimTime.duration(legacy.total())
            + verdict(saved, ratio), width) + "\n"
        + legend(unicode);
  }

  private static String verdict(double saved, String ratio) {
    if (Math.abs(saved) < 0.05) {
      return ": the same, as nothing here can run in parallel";
    }
    return saved > 0 ? ": BuildKit saves " + SimTime.duration(saved) + ratio
        : ": legacy is faster by " + SimTime.duration(-saved);
  }

  private static String chart(Timeline t, double scale, int width, boolean unicode) {
    int label = Math.max(16, width * 3 / 8);
    Gantt g = new Gantt(Math.max(10, width - label - TIME - 4), scale, unicode);
    StringBuilder out = new StringBuilder(Text.ellipsis(title(t, unicode), width)).append('\n');
    out.append(row("", "", label, g.axisLabels(), "")).append(row("", "", label, g.axisRule(), ""));
    for (Lane lane : t.lanes()) {
      out.append(row("", lane.name(), label, g.span(lane.start(), lane.end()), ""));
      double ready = lane.ready();
      for (Slot s : t.slots()) {
        if (s.lane() == lane.lane()) {
          String mark = s.critical() ? (unicode ? "◆" : "*") : "";
          String time = s.step().error().isPresent() ? "ERROR" : s.cached() ? "CACHED" : SimTime.duration(s.duration());
          out.append(row(mark, s.label() + " " + shortName(s), label, g.bar(ready, s.start(), s.end(), s.cached()), time));
          ready = s.end();
        }
      }
    }
    return out.toString();
  }

  private static String row(String mark, String text, int label, String chart, String time) {
    String line = Text.padRight(mark, 1) + " " + Text.padRight(Text.ellipsis(text, label), label) + " " + chart + " "
        + Text.padLeft(time, TIME);
    return line.stripTrailing() + "\n";
  }

  private static String title(Timeline t, boolean unicode) {
    String who = t.builder() == Builder.BUILDKIT ? "BuildKit" : "legacy builder";
    String how = t.builder() == Builder.LEGACY ? "one step at a time, stages in file order"
        : t.maxParallelism().map(n -> "at most " + n + (n == 1 ? " step" : " steps") + " at once")
            .orElse("independent steps in parallel");
    String stages = t.lanes().size() + (t.lanes().size() == 1 ? " stage" : " stages");
    return who + ": " + stages + ", " + t.slots().size() + " steps, " + how;
  }

  /** A pull shows its image without the digest, which would fill the column. */
  private static String shortName(Slot s) {
    String n = s.name().replace('\n', ' ');
    int at = n.indexOf("@sha256:");
    return n.startsWith("FROM ") && at > 0 ? n.substring(0, at) : n;
  }

  private static String footer(Timeline t, int width, boolean unicode) {
    String total = "total " + SimTime.duration(t.total());
    double saved = t.sequential() - t.total();
    if (saved >= 0.05) {
      total += "; one step after another " + SimTime.duration(t.sequential()) + ", parallelism saves "
          + SimTime.duration(saved);
    }
    String path = runs(t.criticalPath(), unicode).stream().collect(Collectors.joining(unicode ? " → " : " -> "));
    return Text.ellipsis(total, width) + "\n"
        + Text.ellipsis((unicode ? "◆" : "*") + " critical path: " + path, width) + "\n";
  }

  /** The critical path by stage: {@code docs 1–2/2 → stage-3 2–4/4}. */
  private static List<String> runs(List<Slot> path, boolean unicode) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < path.size();) {
      Slot first = path.get(i);
      int j = i;
      while (j + 1 < path.size() && path.get(j + 1).stage() == first.stage()) {
        j++;
      }
      Slot last = path.get(j);
      String range = first == last ? String.valueOf(first.index()) : first.index() + (unicode ? "–" : "-") + last.index();
      out.add(first.step().stageName() + " " + range + "/" + first.step().total());
      i = j + 1;
    }
    return out;
  }

  private static String legend(boolean unicode) {
    return unicode ? "◆ critical path   ┆ cached   ┄ waiting\n"
        : "* critical path   : cached   . waiting\n";
  }

}
