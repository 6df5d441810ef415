package dev.layerlab.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.PathWaste;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code layerlab efficiency --format json}: dive's figures at the top level, the corrected reading
 * under {@code corrected}, and dive's verdict under {@code ci} when the rules were checked. Fractions
 * stay fractions (dive's {@code userWastedPercent} 0.72 is 72 %); every inefficient file is listed.
 */
public final class EfficiencyJson {
  private EfficiencyJson() {}

  public static String render(EfficiencyReport dive, EfficiencyReport corrected, Optional<CiVerdict> ci) {
    ObjectNode o = figures(dive);
    o.put("imageSize", dive.imageSize());
    o.set("corrected", figures(corrected));
    ci.ifPresent(v -> o.set("ci", verdict(v)));
    return Json.write(o);
  }

  private static ObjectNode figures(EfficiencyReport r) {
    ObjectNode o = Json.F.objectNode();
    o.put("score", r.score());
    o.put("wastedBytes", r.wastedBytes());
    o.put("userSize", r.userSize());
    Json.put(o, "userWastedPercent", r.userWastedPercent());
    ArrayNode files = o.putArray("inefficientFiles");
    r.inefficient().forEach(p -> files.add(file(p)));
    return o;
  }

  private static ObjectNode file(PathWaste p) {
    ObjectNode f = Json.F.objectNode();
    f.put("path", p.path());
    f.put("count", p.count());
    f.put("wastedBytes", p.wasted());
    ArrayNode layers = f.putArray("layers");
    p.layers().forEach(layers::add);
    return f;
  }

  private static ObjectNode verdict(CiVerdict v) {
    ObjectNode o = Json.F.objectNode();
    o.put("pass", !v.failed());
    ArrayNode rules = o.putArray("rules");
    for (CiVerdict.Line l : v.rules()) {
      rules.addObject().put("rule", l.name()).put("status", l.status().name()).put("threshold", l.config())
          .put("message", l.message());
    }
    ObjectNode counts = o.putObject("counts");
    for (CiVerdict.Status s : CiVerdict.Status.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), v.count(s));
    }
    return o;
  }
}
