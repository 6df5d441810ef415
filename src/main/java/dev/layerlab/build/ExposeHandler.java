package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** EXPOSE: ports with their protocol ({@code 80/tcp}), recorded sorted as BuildKit records them. */
final class ExposeHandler {
  private ExposeHandler() {}

  static void handle(Instruction.Expose expose, StageState s, BuildSession session, Expand expand) {
    TreeSet<String> ports = new TreeSet<>();
    for (String raw : expose.ports()) {
      for (String p : expand.words(s, expose, raw)) {
        ports.add(p.contains("/") ? p.toLowerCase(java.util.Locale.ROOT) : p + "/tcp");
      }
    }
    List<String> all = new ArrayList<>(s.config.exposedPorts());
    ports.stream().filter(p -> !all.contains(p)).forEach(all::add);
    s.config = s.config.withExposedPorts(all);
    session.metadata(s, expose, "EXPOSE " + HistoryText.plainList(List.copyOf(ports)));
  }
}
