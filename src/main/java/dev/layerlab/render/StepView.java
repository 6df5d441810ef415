package dev.layerlab.render;

import dev.layerlab.build.StepRecord;
import dev.layerlab.image.Layer;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * One step of a build, for stepping through it: the step's header, its cache decision and the reason,
 * what it printed, and the diff of the layer it made. A presentation header is a full-width banner.
 */
public final class StepView {
  private StepView() {}

  /**
   * @param lower the layers the step's layer sits on (for {@code +} versus {@code ~})
   * @param present large, high-contrast header for a projector
   */
  public static AttributedString render(StepRecord s, boolean named, List<Layer> lower, int width, boolean present) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    header(sb, s, named, width, present);
    sb.append("  cache:  ").append(decision(s)).append('\n');
    if (s.duration() > 0) {
      sb.append("  time:   ").append(String.format("%.1fs (simulated)", s.duration())).append('\n');
    }
    for (String line : s.output()) {
      sb.styled(AttributedStyle.DEFAULT.faint(), "  | " + Text.ellipsis(line, Math.max(10, width - 4))).append('\n');
    }
    s.error().ifPresent(e -> sb.styled(AttributedStyle.BOLD.foreground(AttributedStyle.RED), "  ERROR: " + e).append('\n'));
    if (s.layer().isPresent()) {
      Layer l = s.layer().get();
      sb.append("  layer:  ").append(Sizes.human(l.size())).append('\n');
      sb.append(DiffView.renderOn(lower, l, width));
    } else if (s.error().isEmpty()) {
      sb.append("  layer:  none (this instruction changes only the image's config)\n");
    }
    return sb.toAttributedString();
  }

  /** The cache decision in words: hit, miss and why, or FROM's silence. */
  public static String decision(StepRecord s) {
    if (s.cached().isEmpty()) {
      return "not a cache decision (FROM pulls or reuses the base image)";
    }
    if (s.cached().get()) {
      return "HIT (CACHED): the same instruction on the same inputs ran before";
    }
    return "MISS: " + s.reason().orElse("no reason recorded");
  }

  private static void header(AttributedStringBuilder sb, StepRecord s, boolean named, int width, boolean present) {
    String title = s.label(named) + " " + s.name().replace('\n', ' ');
    String where = "line " + s.line();
    if (!present) {
      sb.styled(AttributedStyle.BOLD, Text.ellipsis(title, Math.max(20, width - where.length() - 3)))
          .append("  (").append(where).append(")\n");
      return;
    }
    String rule = "=".repeat(Math.max(20, width));
    AttributedStyle big = AttributedStyle.BOLD.inverse();
    sb.styled(AttributedStyle.BOLD, rule).append('\n');
    sb.styled(big, Text.padRight(" STEP " + s.index() + "/" + s.total() + "  (" + s.stageName() + ", " + where + ")", width))
        .append('\n');
    sb.styled(AttributedStyle.BOLD, "  " + Text.ellipsis(s.name().replace('\n', ' '), Math.max(20, width - 2))).append('\n');
    sb.styled(AttributedStyle.BOLD, rule).append('\n');
  }
}
