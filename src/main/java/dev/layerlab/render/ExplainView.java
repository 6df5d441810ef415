package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.cache.CacheKey;
import dev.layerlab.cache.KeyPart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code explain}: one step's cache decision with the parts of its key, each set against the same
 * step's key in the build before ({@code =} same, {@code ~} changed, {@code +} new, {@code -} gone).
 * Unchanged parts are listed only while there are few of them.
 */
public final class ExplainView {
  private static final int SHOW_SAME = 12;

  private ExplainView() {}

  public static String render(BuildResult r, StepRecord s, int width) {
    StringBuilder out = new StringBuilder();
    out.append(r.label(s)).append(' ').append(s.name()).append("   (Dockerfile line ").append(s.line()).append(")\n");
    out.append("decision: ").append(decision(s)).append('\n');
    if (s.cache().isEmpty()) {
      return out.append("This step has no cache key: ").append(s.cached().isEmpty()
          ? "BuildKit never reports FROM as cached or not; the image is pulled by its digest.\n"
          : "it failed before the cache was asked.\n").toString();
    }
    CacheKey key = s.cache().get().key();
    Optional<CacheKey> was = s.cache().get().previous();
    out.append("\nkey parts").append(was.isPresent() ? " (against the last build of this step)" : " (no earlier build of this step)")
        .append('\n');
    parts(out, key.parts(), was.map(CacheKey::parts).orElse(List.of()), was.isPresent(), width);
    out.append("\nparent key ").append(shortDigest(key.parent()));
    was.ifPresent(w -> out.append(w.parent().equals(key.parent()) ? "  = same as last build"
        : "  ~ last build: " + shortDigest(w.parent()) + " (a step before this one changed)"));
    return out.append('\n').append("key ").append(shortDigest(key.digest())).append('\n').toString();
  }

  private static String decision(StepRecord s) {
    if (s.error().isPresent()) {
      return "failed — " + s.error().get();
    }
    if (s.cached().isEmpty()) {
      return "pulled (FROM)";
    }
    return s.cached().get() ? "CACHED — the key matched an earlier build" : "miss — " + s.reason().orElse("?");
  }

  private static void parts(StringBuilder out, List<KeyPart> now, List<KeyPart> was, boolean compared, int width) {
    Map<String, String> old = new LinkedHashMap<>();
    was.forEach(p -> old.put(p.name(), p.value()));
    int same = 0;
    int hidden = 0;
    int nameWidth = Math.min(28, now.stream().mapToInt(p -> p.name().length()).max().orElse(8) + 2);
    for (KeyPart p : now) {
      String before = old.remove(p.name());
      String mark = !compared ? " " : before == null ? "+" : before.equals(p.value()) ? "=" : "~";
      if (mark.equals("=") && ++same > SHOW_SAME) {
        hidden++;
        continue;
      }
      String line = " " + mark + " " + Text.padRight(Text.ellipsis(p.name(), nameWidth), nameWidth) + " " + p.value()
          + (mark.equals("~") ? "   (was " + before + ")" : "");
      out.append(Text.ellipsis(line, width)).append('\n');
    }
    old.forEach((k, v) -> out.append(Text.ellipsis(" - " + Text.padRight(k, nameWidth) + " " + v + "   (gone)", width))
        .append('\n'));
    if (hidden > 0) {
      out.append("   … and ").append(hidden).append(" more parts, unchanged\n");
    }
  }

  private static String shortDigest(String d) {
    return d.startsWith("sha256:") && d.length() > 19 ? d.substring(0, 19) + "…" : d.isEmpty() ? "(none)" : d;
  }
}
