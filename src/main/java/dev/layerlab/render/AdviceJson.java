package dev.layerlab.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Finding;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.analysis.advice.Measurement;
import java.util.List;
import java.util.Locale;

/**
 * {@code layerlab advise --format json}: every finding with its rule, line, severity (hadolint's,
 * null for layerlab's own rules), message and impact, and its fix: the lines before and after, and
 * what simulating both Dockerfiles measured. Sizes in bytes, times in simulated seconds.
 */
public final class AdviceJson {
  private AdviceJson() {}

  public static String render(List<Advice> advice, String dockerfileName, String text) {
    ObjectNode o = Json.F.objectNode();
    o.put("dockerfile", dockerfileName);
    ArrayNode findings = o.putArray("findings");
    advice.forEach(a -> findings.add(finding(a, text)));
    return Json.write(o);
  }

  /** {@code --fix --format json}: the fixed Dockerfile and what all the fixes together change. */
  public static String fixed(String dockerfileName, String text, String fixed, Measurement overall) {
    ObjectNode o = Json.F.objectNode();
    o.put("dockerfile", dockerfileName);
    o.put("fixed", fixed);
    o.put("changed", !fixed.equals(text));
    o.set("measured", measured(overall, Impact.REBUILD));
    return Json.write(o);
  }

  private static ObjectNode finding(Advice a, String text) {
    Finding f = a.finding();
    ObjectNode o = Json.F.objectNode();
    o.put("rule", f.rule());
    o.put("line", f.line());
    RuleSeverity.of(f.rule()).ifPresentOrElse(s -> o.put("severity", s), () -> o.putNull("severity"));
    o.put("message", f.message());
    o.put("impact", f.impact().name().toLowerCase(Locale.ROOT));
    if (f.fix().isEmpty()) {
      o.putNull("fix");
      return o;
    }
    ObjectNode fix = o.putObject("fix");
    fix.put("summary", f.fix().get().summary());
    a.fixedText().map(t -> FixLines.between(text, t)).ifPresentOrElse(c -> fix.put("line", c.line())
        .put("before", c.before()).put("after", c.after()), () -> fix.putNull("before").putNull("after"));
    a.measured().ifPresentOrElse(m -> fix.put("saving", m.fixedError().isPresent() ? 0 : m.saved())
        .set("measured", measured(m, f.impact())), () -> fix.putNull("saving").putNull("measured"));
    return o;
  }

  private static ObjectNode measured(Measurement m, Impact impact) {
    ObjectNode o = Json.F.objectNode();
    m.fixedError().ifPresentOrElse(e -> o.put("error", e), () -> o.putNull("error"));
    o.put("sizeBefore", m.sizeBefore()).put("sizeAfter", m.sizeAfter());
    o.put("layersBefore", m.layersBefore()).put("layersAfter", m.layersAfter());
    if (impact == Impact.REBUILD && m.editedFile().isPresent()) {
      o.put("editedFile", m.editedFile().get());
      o.put("rebuildSecondsBefore", seconds(m.rebuildBefore())).put("rebuildSecondsAfter", seconds(m.rebuildAfter()));
    }
    if (impact == Impact.SECRETS) {
      o.put("exposedBefore", m.exposedBefore()).put("exposedAfter", m.exposedAfter());
    }
    if (impact == Impact.COMMAND) {
      o.set("commandBefore", Json.strings(m.commandBefore()));
      o.set("commandAfter", Json.strings(m.commandAfter()));
    }
    return o;
  }

  /** Simulated seconds to a tenth of a millisecond, without the float noise of summing step durations. */
  private static double seconds(double s) {
    return Math.round(s * 10_000) / 10_000.0;
  }
}
