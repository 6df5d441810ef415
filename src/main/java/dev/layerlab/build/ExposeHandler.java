package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * EXPOSE: ports with their protocol ({@code 80/tcp}), a range ({@code 9000-9002/tcp}) one port each, as
 * Docker's port parser gives them. History, as the recorded builders write it: BuildKit prints Go's map
 * of the ports ({@code EXPOSE map[443/udp:{} 80/tcp:{}]}, keys sorted; frontends from 1.19 print a sorted
 * list instead); the legacy builder the words as written, sorted before expansion (its parser sorts the
 * raw words: {@code EXPOSE $PORT 9000-9002/tcp 53/UDP} gives {@code EXPOSE 8080 53/UDP 9000-9002/tcp}).
 */
final class ExposeHandler {
  private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)(/.*)?");

  private ExposeHandler() {}

  static void handle(Instruction.Expose expose, StageState s, BuildSession session, Expand expand) {
    TreeSet<String> ports = new TreeSet<>();
    List<String> written = new ArrayList<>();
    List<String> raw = new ArrayList<>(expose.ports());
    Collections.sort(raw);
    for (String word : raw) {
      for (String p : expand.words(s, expose, word)) {
        ports.addAll(ports(p));
        written.add(p);
      }
    }
    List<String> all = new ArrayList<>(s.config.exposedPorts());
    ports.stream().filter(p -> !all.contains(p)).forEach(all::add);
    s.config = s.config.withExposedPorts(all);
    session.metadata(s, expose, "EXPOSE " + (session.legacy() ? String.join(" ", written)
        : ports.stream().map(p -> p + ":{}").collect(Collectors.joining(" ", "map[", "]"))));
  }

  /** {@code 80} → {@code 80/tcp}; {@code 53/UDP} → {@code 53/udp}; {@code 1-3/tcp} → three ports. */
  private static List<String> ports(String word) {
    String proto = word.contains("/") ? word.substring(word.indexOf('/')).toLowerCase(Locale.ROOT) : "/tcp";
    Matcher m = RANGE.matcher(word);
    if (m.matches() && m.group(1).length() < 6 && m.group(2).length() < 6) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (from <= to) {
        return IntStream.rangeClosed(from, to).mapToObj(p -> p + proto).toList();
      }
    }
    String port = word.contains("/") ? word.substring(0, word.indexOf('/')) : word;
    return List.of(port + proto);
  }
}
