package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LL1004: a package manager's download cache left in a layer of the final image (npm, yarn, Go's build
 * cache, apk, apt archives). The fix mounts a build cache on it, so it persists between builds and
 * never enters a layer. apt lists and pip's cache have their own rules (DL3009, DL3042).
 */
final class CacheLeftRule implements Rule {
  private static final Pattern CACHE = Pattern.compile(
      "^((?:/root|/home/[^/]+)/\\.npm|(?:/root|/home/[^/]+)/\\.cache/(?:go-build|yarn)|/usr/local/share/\\.cache/yarn"
          + "|/var/cache/apk|/var/cache/apt/archives)/");

  public String id() {
    return "LL1004";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    if (s.image().isEmpty()) {
      return out;
    }
    for (Layer layer : s.image().get().layers()) {
      if (layer.fromBase()) {
        continue;
      }
      Optional<Instruction.Run> run = s.lineOf(layer).flatMap(line -> runAt(s, line));
      caches(layer).forEach((dir, bytes) -> run.filter(r -> bytes > 0).ifPresent(r -> out.add(finding(r, dir, bytes))));
    }
    return out;
  }

  private Finding finding(Instruction.Run run, String dir, long bytes) {
    return new Finding(id(), run.node().range().startLine(), "A download cache (" + dir + ", " + bytes
        + " bytes) is left in this layer; mount a build cache there instead.", Impact.SIZE,
        Optional.of(new Fix("add --mount=type=cache,target=" + dir, text -> TextEdit.edit(text, TextEdit.range(run),
            t -> t.replaceFirst("(?i)^(\\s*RUN)\\b", "$1 --mount=type=cache,target=" + Matcher.quoteReplacement(dir))))));
  }

  private static Map<String, Long> caches(Layer layer) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (DiffEntry e : layer.diff().entries()) {
      Matcher m = CACHE.matcher("/" + e.path());
      if (e.type() == DiffType.FILE && m.find()) {
        out.merge(m.group(1), e.size(), Long::sum);
      }
    }
    return out;
  }

  private static Optional<Instruction.Run> runAt(Subject s, int line) {
    return s.finalStage().instructions().stream().filter(i -> i instanceof Instruction.Run
        && i.node().range().startLine() == line).map(Instruction.Run.class::cast).findFirst();
  }
}
