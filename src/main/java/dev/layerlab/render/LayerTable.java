package dev.layerlab.render;

import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.List;

/**
 * The image's layers bottom first: what made each, its size as {@code docker history} counts it, the
 * cumulative size, and a bar of that cumulative size against the whole image. Base-image layers are
 * marked, so a learner sees where their own bytes start.
 */
public final class LayerTable {
  private static final int SIZE = 8;

  private LayerTable() {}

  public static String render(Image image, int width, boolean unicode) {
    List<Layer> layers = image.layers();
    int barWidth = Math.max(6, width / 5);
    int instrWidth = Math.max(20, width - (3 + 2 + 2 + SIZE + 2 + SIZE + 2 + barWidth));
    StringBuilder out = new StringBuilder();
    out.append(Text.padLeft("#", 3)).append("  ").append(Text.padRight("CREATED BY", instrWidth)).append("  ")
        .append(Text.padLeft("SIZE", SIZE)).append("  ").append(Text.padLeft("TOTAL", SIZE)).append('\n');
    long total = image.size();
    long cumulative = 0;
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      cumulative += l.size();
      String what = l.fromBase() ? "(base) " + (l.createdBy().isEmpty() ? "imported root filesystem" : oneLine(l.createdBy()))
          : oneLine(l.createdBy());
      out.append(Text.padLeft(String.valueOf(i), 3)).append("  ").append(Text.padRight(Text.ellipsis(what, instrWidth), instrWidth))
          .append("  ").append(Text.padLeft(Sizes.human(l.size()), SIZE)).append("  ")
          .append(Text.padLeft(Sizes.human(cumulative), SIZE)).append("  ")
          .append(Bars.bar(total == 0 ? 0 : (double) cumulative / total, barWidth, unicode)).append('\n');
    }
    out.append(Text.padLeft("", 3)).append("  ").append(Text.padRight(layers.size() + " layers", instrWidth)).append("  ")
        .append(Text.padLeft("", SIZE)).append("  ").append(Text.padLeft(Sizes.human(total), SIZE)).append('\n');
    return out.toString();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
