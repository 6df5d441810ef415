package dev.layerlab.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.layerlab.analysis.secrets.Leak;
import dev.layerlab.analysis.secrets.Location;
import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.analysis.secrets.SecretReport;
import java.util.Locale;

/**
 * {@code layerlab secrets --format json}: {@code leaked}; {@code leaks[]}, the values found in the
 * image, each with every place ({@code found[]}: {@code kind} file|history|config and {@code where});
 * {@code clean[]}, the values looked for and found nowhere; {@code warnings[]}, BuildKit's
 * SecretsUsedInArgOrEnv. Values are masked; the secret itself is never printed.
 */
public final class SecretsJson {
  private SecretsJson() {}

  public static String render(SecretReport r) {
    ObjectNode o = Json.F.objectNode();
    o.put("leaked", r.anyLeak());
    ArrayNode leaks = o.putArray("leaks");
    ArrayNode clean = o.putArray("clean");
    for (Leak l : r.leaks()) {
      ObjectNode v = (l.leaked() ? leaks : clean).addObject();
      v.put("source", source(l.source())).put("name", l.name()).put("masked", l.masked());
      if (l.leaked()) {
        ArrayNode found = v.putArray("found");
        l.found().forEach(w -> found.addObject().put("kind", kind(w.kind())).put("where", w.where()));
      }
    }
    ArrayNode warnings = o.putArray("warnings");
    for (NameWarning w : r.names()) {
      warnings.addObject().put("rule", "SecretsUsedInArgOrEnv").put("instruction", w.instruction())
          .put("name", w.name()).put("line", w.line()).put("message", w.message());
    }
    return Json.write(o);
  }

  private static String source(Leak.Source s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String kind(Location.Kind k) {
    return k == Location.Kind.LAYER_FILE ? "file" : k.name().toLowerCase(Locale.ROOT);
  }
}
