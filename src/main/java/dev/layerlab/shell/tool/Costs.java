package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.shell.Invocation;

/**
 * What a modelled program costs in simulated seconds: a fixed part plus a part per MB it writes (or
 * downloads). The table is {@code resources/tools/costs.json}, one row per program and action, each with
 * its source; the seconds are charged through {@link Invocation#sleep}, which the build adds to the
 * step's duration. Nothing waits.
 */
final class Costs {
  private Costs() {}

  /** Charges {@code key} (e.g. {@code "apt-get install"}) for writing {@code bytes}. */
  static double charge(Invocation inv, String key, long bytes) {
    JsonNode row = ToolData.catalogue("costs").path("costs").path(key);
    double fixed = row.path("seconds").asDouble(0.5);
    double perMb = row.path("perMB").asDouble(0.0);
    double seconds = fixed + perMb * bytes / 1_000_000.0;
    inv.sleep(seconds);
    return seconds;
  }
}
