package dev.layerlab.render;

import java.util.List;

/** Numbers vertices in print order and lays out their blocks, a blank line between blocks. */
final class Vertices {
  private final StringBuilder out = new StringBuilder();
  private int next = 1;

  void vertex(String name, List<String> lines, String end) {
    int n = next++;
    out.append('#').append(n).append(' ').append(name).append('\n');
    lines.forEach(l -> out.append('#').append(n).append(' ').append(l).append('\n'));
    out.append('#').append(n).append(' ').append(end).append("\n\n");
  }

  StringBuilder buffer() {
    return out;
  }

  String text() {
    return out.toString();
  }

  /** Seconds since the vertex started: three decimals below 10 s, two below 100 s, then one. */
  static String logTime(double seconds) {
    if (seconds < 10) {
      return String.format("%.3f", seconds);
    }
    return seconds < 100 ? String.format("%.2f", seconds) : String.format("%.1f", seconds);
  }
}
