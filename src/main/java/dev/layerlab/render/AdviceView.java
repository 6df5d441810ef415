package dev.layerlab.render;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.analysis.advice.Measurement;
import java.util.List;
import java.util.Locale;

/** {@code layerlab advise}: one block per finding — line, rule, why — and its fix with what the simulation measured. */
public final class AdviceView {
  private AdviceView() {}

  public static String render(List<Advice> advice, String dockerfileName) {
    if (advice.isEmpty()) {
      return "No findings.\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Advice a : advice) {
      sb.append(dockerfileName).append(':').append(a.finding().line()).append("  ").append(a.finding().rule())
          .append("  ").append(a.finding().message()).append('\n');
      a.finding().fix().ifPresent(f -> sb.append("    fix: ").append(f.summary()).append('\n'));
      a.measured().ifPresent(m -> sb.append("    measured: ").append(measured(m, a.finding().impact())).append('\n'));
    }
    return sb.toString();
  }

  public static String measured(Measurement m, Impact impact) {
    if (m.fixedError().isPresent()) {
      return "the fixed Dockerfile fails to build: " + m.fixedError().get();
    }
    String size = Sizes.human(m.sizeBefore()) + " → " + Sizes.human(m.sizeAfter())
        + (m.saved() > 0 ? " (saves " + Sizes.human(m.saved()) + ")" : m.saved() == 0 ? " (same size)" : "");
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
