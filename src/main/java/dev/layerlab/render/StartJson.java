package dev.layerlab.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.analysis.start.StartCheck;
import dev.layerlab.analysis.start.StartReport;

/**
 * {@code layerlab run --format json}: {@code ok}; {@code command} (ENTRYPOINT then CMD); {@code
 * problems[]}, the checks that failed ({@code subject}, {@code detail}); {@code error}, the first as
 * the runtime words it (null when the container would start); {@code checks[]}, every check in order.
 */
public final class StartJson {
  private StartJson() {}

  public static String render(StartReport r) {
    ObjectNode o = Json.F.objectNode();
    o.put("ok", r.starts());
    o.set("command", Json.strings(r.argv()));
    ArrayNode problems = o.putArray("problems");
    r.checks().stream().filter(c -> !c.ok()).forEach(c -> problems.add(check(c, false)));
    r.error().ifPresentOrElse(e -> o.put("error", e), () -> o.putNull("error"));
    o.put("exitCode", r.status());
    ArrayNode checks = o.putArray("checks");
    r.checks().forEach(c -> checks.add(check(c, true)));
    return Json.write(o);
  }

  private static ObjectNode check(StartCheck c, boolean withOk) {
    ObjectNode o = Json.F.objectNode();
    o.put("subject", c.subject());
    if (withOk) {
      o.put("ok", c.ok());
    }
    o.put("detail", c.detail());
    return o;
  }
}
