package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.Slot;
import dev.layerlab.schedule.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's terminal display as its last frame looks: a {@code [+] Building} header, then one line per
 * vertex ({@code => [build 3/5] RUN go build …  12.0s}, {@code => CACHED …}, {@code => ERROR …}) with
 * its time right-aligned to the width. Steps are listed in the order they started on the timeline;
 * the header's time is the timeline's total.
 */
public final class ProgressTty {
  private ProgressTty() {}

  public static String render(BuildResult r, ProgressInput in, int width) {
    return render(r, in, width, Scheduler.schedule(r));
  }

  public static String render(BuildResult r, ProgressInput in, int width, Timeline t) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"[internal] load build definition from " + in.dockerfileName(), "0.0s"});
    rows.add(new String[] {"[internal] load .dockerignore", "0.0s"});
    for (Slot slot : t.byStart()) {
      StepRecord s = slot.step();
      String mark = s.error().isPresent() ? "ERROR " : s.cached().orElse(false) ? "CACHED " : "";
      rows.add(new String[] {mark + s.label(r.namedLabels()) + " " + s.name().replace('\n', ' '),
          String.format("%.1fs", slot.duration())});
    }
    if (r.error().isEmpty()) {
      rows.add(new String[] {"exporting to image", "0.0s"});
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("[+] Building %.1fs (%d/%d) %s%n", t.total(), rows.size(), rows.size(),
        r.error().isPresent() ? "FAILED" : "FINISHED"));
    for (String[] row : rows) {
      String time = Text.padLeft(row[1], 6);
      int room = Math.max(10, width - 4 - time.length() - 1);
      out.append(" => ").append(Text.padRight(Text.ellipsis(row[0], room), room)).append(' ').append(time).append('\n');
    }
    r.error().ifPresent(e -> out.append("ERROR: failed to solve: ").append(e.message()).append('\n'));
    return out.toString();
  }
}
