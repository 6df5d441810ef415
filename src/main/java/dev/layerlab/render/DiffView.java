package dev.layerlab.render;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What one layer changed, as a tree: {@code +} added (green), {@code ~} modified (yellow), {@code -}
 * removed (red), with sizes. A removal is a whiteout, and the view says where the bytes still are:
 * {@code - node_modules  whiteout: 412MB stay in layer 3}. The glyph carries the meaning; colour repeats it.
 */
public final class DiffView {
  private static final AttributedStyle ADDED = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle MODIFIED = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  private static final AttributedStyle REMOVED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
  private static final int MAX_LINES = 60;

  private DiffView() {}

  /** Layer {@code index} of {@code layers} against the layers below it. */
  public static AttributedString render(List<Layer> layers, int index, int width) {
    return render(MergedTree.of(layers, index), layers.get(index), width);
  }

  /** A layer against a lower filesystem given as the layers it sits on. */
  public static AttributedString renderOn(List<Layer> lower, Layer layer, int width) {
    return render(MergedTree.of(lower, lower.size()), layer, width);
  }

  private static AttributedString render(MergedTree lower, Layer layer, int width) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    List<DiffEntry> entries = layer.diff().entries();
    if (entries.isEmpty()) {
      return sb.append("  (no filesystem change: metadata only)\n").toAttributedString();
    }
    int shown = 0;
    for (DiffEntry e : entries) {
      if (shown++ == MAX_LINES) {
        sb.append("  … ").append(String.valueOf(entries.size() - MAX_LINES)).append(" more entries\n");
        break;
      }
      line(sb, lower, e, width);
    }
    return sb.toAttributedString();
  }

  private static void line(AttributedStringBuilder sb, MergedTree lower, DiffEntry e, int width) {
    String path = e.target();
    int depth = path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count();
    String name = path.substring(path.lastIndexOf('/') + 1);
    boolean removal = e.type() == DiffType.WHITEOUT || e.type() == DiffType.OPAQUE;
    char glyph = removal ? '-' : lower.contains(e.path()) ? '~' : '+';
    AttributedStyle style = glyph == '+' ? ADDED : glyph == '~' ? MODIFIED : REMOVED;
    String label = "  ".repeat(depth) + name + (e.type() == DiffType.DIR ? "/" : "");
    String detail = detail(lower, e, path);
    String text = Text.ellipsis(glyph + " " + label + (detail.isEmpty() ? "" : "  " + detail), Math.max(20, width - 2));
    sb.append("  ").styled(style, text).append('\n');
  }

  private static String detail(MergedTree lower, DiffEntry e, String path) {
    switch (e.type()) {
      case WHITEOUT:
        return "whiteout: " + stays(lower, path);
      case OPAQUE:
        return "(opaque: everything below from lower layers hidden) " + stays(lower, path);
      case SYMLINK:
        return "-> " + e.link().orElse("");
      case HARDLINK:
        return "(hard link to " + e.link().orElse("") + ")";
      case DIR:
        return "";
      default:
        return Sizes.human(e.size());
    }
  }

  private static String stays(MergedTree lower, String path) {
    TreeSet<Integer> in = lower.layersUnder(path);
    if (in.isEmpty()) {
      return "nothing below to hide";
    }
    String which = in.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return Sizes.human(lower.bytesUnder(path)) + " stay in layer" + (in.size() > 1 ? "s " : " ") + which;
  }
}
