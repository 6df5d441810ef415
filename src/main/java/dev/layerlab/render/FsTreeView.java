package dev.layerlab.render;

import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The image's filesystem as it stands after a layer: every path below a directory, its size and the
 * layer that wrote it last, so a learner sees which layer owns which bytes.
 */
public final class FsTreeView {
  private FsTreeView() {}

  /** The merge of layers {@code 0..upTo} (inclusive) below {@code under} ({@code ""} = the root). */
  public static AttributedString render(List<Layer> layers, int upTo, String under, int width, int maxLines) {
    NavigableMap<String, MergedTree.Origin> paths = MergedTree.of(layers, upTo + 1).under(under);
    AttributedStringBuilder sb = new AttributedStringBuilder();
    if (paths.isEmpty()) {
      return sb.append("  (nothing at /").append(under).append(" after layer ").append(String.valueOf(upTo))
          .append(")\n").toAttributedString();
    }
    int depth0 = under.isEmpty() ? 0 : (int) under.chars().filter(c -> c == '/').count() + 1;
    int shown = 0;
    for (Map.Entry<String, MergedTree.Origin> e : paths.entrySet()) {
      if (shown++ == maxLines) {
        sb.append("  … ").append(String.valueOf(paths.size() - maxLines))
            .append(" more (narrow it: tree ").append(String.valueOf(upTo)).append(" PATH)\n");
        break;
      }
      line(sb, e.getKey(), e.getValue(), depth0, width);
    }
    return sb.toAttributedString();
  }

  private static void line(AttributedStringBuilder sb, String path, MergedTree.Origin o, int depth0, int width) {
    int depth = Math.max(0, (int) path.chars().filter(c -> c == '/').count() - depth0 + (depth0 > 0 ? 1 : 0));
    boolean dir = o.entry().type() == DiffType.DIR;
    String name = path.substring(path.lastIndexOf('/') + 1) + (dir ? "/" : "");
    String size = dir ? "" : Sizes.human(o.entry().size());
    String right = Text.padLeft(size, 8) + "  layer " + o.layer();
    int nameWidth = Math.max(10, width - 2 - Text.width(right) - 2);
    String left = Text.padRight(Text.ellipsis("  ".repeat(depth) + name, nameWidth), nameWidth);
    sb.append("  ").append(left).append("  ").styled(AttributedStyle.DEFAULT.faint(), right).append('\n');
  }
}
