package dev.layerlab.render;

import dev.layerlab.analysis.start.StartCheck;
import dev.layerlab.analysis.start.StartReport;

/** {@code layerlab run}: the process a container would start, each check with a glyph, and the outcome in the runtime's words. */
public final class StartView {
  private StartView() {}

  public static String render(StartReport r) {
    StringBuilder sb = new StringBuilder("would run: ").append(r.argv().isEmpty() ? "(nothing)" : String.join(" ", r.argv()))
        .append('\n');
    for (StartCheck c : r.checks()) {
      sb.append(c.ok() ? "  + " : "  - ").append(c.subject()).append(": ").append(c.detail()).append('\n');
    }
    sb.append(r.error().map(e -> "the container would fail to start:\n  " + e).orElse("the container would start"))
        .append('\n');
    return sb.toString();
  }
}
