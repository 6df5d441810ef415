package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's terminal display as its last frame looks: a {@code [+] Building} header, then one line per
 * vertex ({@code => [build 3/5] RUN go build …  12.0s}, {@code => CACHED …}, {@code => ERROR …}) with
 * its time right-aligned to the width.
 */
public final class ProgressTty {
  private ProgressTty() {}

  public static String render(BuildResult r, ProgressInput in, int width) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"[internal] load build definition from " + in.dockerfileName(), "0.0s"});
    rows.add(new String[] {"[internal] load .dockerignore", "0.0s"});
    double total = 0;
    for (StepRecord s : r.steps()) {
      String mark = s.error().isPresent() ? "ERROR " : s.cached().orElse(false) ? "CACHED " : "";
      rows.add(new String[] {mark + s.label(r.namedLabels()) + " " + s.name().replace('\n', ' '),
          String.format("%.1fs", s.duration())});
      total = Math.max(total, s.start() + s.duration());
    }
    if (r.error().isEmpty()) {
      rows.add(new String[] {"exporting to image", "0.0s"});
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("[+] Building %.1fs (%d/%d) %s%n", total, rows.size(), rows.size(),
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
