package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import java.util.List;

/**
 * {@code whatif}: the steps a change would rebuild, each with its reason and simulated cost, and what
 * the rebuild would cost against running every step.
 */
public final class WhatIfView {
  private WhatIfView() {}

  public static String render(BuildResult r, List<String> changes, int width) {
    StringBuilder out = new StringBuilder("If " + String.join(", ", changes) + ":\n");
    double rebuild = 0;
    double all = 0;
    int missed = 0;
    int counted = 0;
    for (StepRecord s : r.steps()) {
      if (s.cached().isEmpty()) {
        continue;
      }
      counted++;
      double cost = s.cache().flatMap(k -> k.previous()).isPresent() || !s.cached().get() ? s.duration() : 0;
      all += s.duration();
      if (!s.cached().get()) {
        missed++;
        rebuild += cost;
      }
      String status = s.cached().get() ? "CACHED" : String.format("rebuilds %6.1fs", s.duration());
      int room = Math.max(20, width - 18);
      out.append(Text.padRight(Text.ellipsis("  " + r.label(s) + " " + s.name(), room), room)).append(' ')
          .append(status).append('\n');
      if (!s.cached().get()) {
        out.append(Text.ellipsis("      " + s.reason().orElse("?"), width)).append('\n');
      }
    }
    r.error().ifPresent(e -> out.append("  (the build would fail: ").append(e.message()).append(")\n"));
    out.append(String.format("%d of %d steps would run: %.1fs of simulated work", missed, counted, rebuild));
    return out.append(missed == counted ? " (nothing would come from the cache)\n" : "\n").toString();
  }
}
