package dev.layerlab.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns padded as Go's tabwriter pads them in the Docker CLI (minimum width 10, padding 3), so
 * tables read like {@code docker history}.
 */
final class TabTable {
  private final List<List<String>> rows = new ArrayList<>();
  private final int minWidth;
  private final int padding;

  TabTable(int minWidth, int padding) {
    this.minWidth = minWidth;
    this.padding = padding;
  }

  TabTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  String render() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size() - 1; c++) {
        widths[c] = Math.max(widths[c], Math.max(minWidth, Text.width(r.get(c)) + padding));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        out.append(cell);
        if (c < r.size() - 1) {
          out.append(" ".repeat(widths[c] - Text.width(cell)));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
