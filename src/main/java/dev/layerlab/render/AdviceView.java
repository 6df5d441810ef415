package dev.layerlab.render;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.analysis.advice.Measurement;
import java.util.List;
import java.util.Locale;

/**
 * {@code layerlab advise}: one block per finding — line, rule (with hadolint's severity when it is
 * one of hadolint's), why — then its fix: what it does, the lines it changes ({@code -} as written,
 * {@code +} fixed) and what simulating both Dockerfiles measured.
 */
public final class AdviceView {
  private static final int MAX_LINES = 12;

  private AdviceView() {}

  public static String render(List<Advice> advice, String dockerfileName, String text) {
    if (advice.isEmpty()) {
      return "No findings.\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Advice a : advice) {
      var f = a.finding();
      sb.append(dockerfileName).append(':').append(f.line()).append("  ").append(f.rule())
          .append(RuleSeverity.of(f.rule()).map(s -> " (" + s + ")").orElse("")).append("  ").append(f.message())
          .append('\n');
      f.fix().ifPresent(fix -> sb.append("    fix: ").append(fix.summary()).append('\n'));
      a.fixedText().ifPresent(fixed -> lines(sb, FixLines.between(text, fixed)));
      a.measured().ifPresent(m -> sb.append("    measured: ").append(measured(m, f.impact())).append('\n'));
    }
    return sb.toString();
  }

  private static void lines(StringBuilder sb, FixLines change) {
    glyphed(sb, "-", change.beforeLines());
    glyphed(sb, "+", change.afterLines());
  }

  private static void glyphed(StringBuilder sb, String glyph, List<String> lines) {
    lines.stream().limit(MAX_LINES).forEach(l -> sb.append("      ").append(glyph).append(' ').append(l).append('\n'));
    if (lines.size() > MAX_LINES) {
      sb.append("      ").append(glyph).append(" … ").append(lines.size() - MAX_LINES).append(" more lines\n");
    }
  }

  public static String measured(Measurement m, Impact impact) {
    if (m.fixedError().isPresent()) {
      return "the fixed Dockerfile fails to build: " + m.fixedError().get();
    }
    String size = Sizes.human(m.sizeBefore()) + " → " + Sizes.human(m.sizeAfter())
        + (m.saved() > 0 ? " (saves " + Sizes.human(m.saved()) + ")" : m.saved() == 0 ? " (same size)"
        : " (grows " + Sizes.human(-m.saved()) + ")");
    switch (impact) {
      case REBUILD:
        return m.editedFile().map(f -> String.format(Locale.ROOT,
            "after an edit of %s the rebuild takes %.1f s instead of %.1f s; image %s", f, m.rebuildAfter(),
            m.rebuildBefore(), size)).orElse("image " + size);
      case SECRETS:
        return "the value is visible in " + m.exposedBefore() + " place(s) of the image → " + m.exposedAfter()
            + "; image " + size;
      case COMMAND:
        return "starts " + m.commandAfter() + " instead of " + m.commandBefore() + "; image " + size;
      default:
        return "image " + size + (m.layersAfter() != m.layersBefore()
            ? ", " + m.layersBefore() + " → " + m.layersAfter() + " layers" : "");
    }
  }
}
