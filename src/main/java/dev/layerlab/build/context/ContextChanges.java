package dev.layerlab.build.context;

import dev.layerlab.fs.Content;
import java.util.List;

/**
 * A context as it would be after an edit, for "what if": the named files (or every file under a named
 * directory) get new content, and a name that is not there appears as a new file.
 */
public final class ContextChanges {
  private ContextChanges() {}

  public static BuildContext apply(BuildContext ctx, List<String> paths) {
    BuildContext.Builder b = BuildContext.builder();
    List<String> wanted = paths.stream().map(ContextChanges::clean).toList();
    for (ContextEntry e : ctx.entries()) {
      boolean hit = wanted.stream().anyMatch(w -> e.path().equals(w) || e.path().startsWith(w + "/"));
      switch (e.type()) {
        case DIR -> b.dir(e.path(), e.mode());
        case SYMLINK -> b.symlink(e.path(), e.linkTarget().orElse(""));
        default -> b.file(e.path(), hit ? edited(e) : e.content().orElse(Content.empty()), e.mode());
      }
    }
    for (String w : wanted) {
      if (ctx.get(w).isEmpty()) {
        b.file(w, "a new file\n");
      }
    }
    return b.build();
  }

  /** Different content of the same kind: one more line of text, or a synthetic file one byte longer. */
  private static Content edited(ContextEntry e) {
    Content c = e.content().orElse(Content.empty());
    return c.append(Content.of("\n// edited\n"));
  }

  private static String clean(String p) {
    String s = p.replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    return s.replaceAll("/+$", "");
  }
}
