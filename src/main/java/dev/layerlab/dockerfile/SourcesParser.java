package dev.layerlab.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** COPY and ADD sources and destination, with heredoc sources turned into inline files. */
final class SourcesParser {
  private SourcesParser() {}

  static Instruction.Sources parse(Request req, String cmd) {
    if (req.args().size() < 2) {
      throw Request.error(cmd + " requires at least two arguments, but only one was provided. Destination could not be determined");
    }
    List<String> srcs = req.args().subList(0, req.args().size() - 1);
    String dest = req.args().get(req.args().size() - 1);
    if (!req.node().json() && HeredocWords.parse(dest).isPresent()) {
      throw Request.error(cmd + " cannot accept a heredoc as a destination");
    }
    Map<String, Heredoc> bodies = new HashMap<>();
    req.node().heredocs().forEach(h -> bodies.put(h.name(), h));
    List<String> paths = new ArrayList<>();
    List<Heredoc> inline = new ArrayList<>();
    for (String src : srcs) {
      Optional<Heredoc> doc = req.node().json() ? Optional.empty() : HeredocWords.parse(src);
      if (doc.isPresent()) {
        Heredoc h = doc.get();
        inline.add(h.withContent(bodies.getOrDefault(h.name(), h).content()));
      } else {
        paths.add(src);
      }
    }
    return new Instruction.Sources(paths, inline, dest);
  }
}
