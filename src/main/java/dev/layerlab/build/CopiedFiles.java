package dev.layerlab.build;

import dev.layerlab.build.copy.CopyOutcome;
import dev.layerlab.cache.KeyPart;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a COPY or ADD put in its layer, named by their source path ({@code src/index.js}) so a
 * miss can say which file changed; each valued by content digest and mode, or link target.
 */
final class CopiedFiles {
  private CopiedFiles() {}

  static List<KeyPart> parts(Layer layer, CopyOutcome outcome) {
    List<KeyPart> parts = new ArrayList<>();
    for (DiffEntry e : layer.diff().entries()) {
      String value = switch (e.type()) {
        case FILE -> e.content().map(c -> c.digest()).orElse("") + " " + String.format("%04o", e.mode());
        case SYMLINK, HARDLINK -> "-> " + e.link().orElse("");
        case DIR -> "dir " + String.format("%04o", e.mode());
        default -> e.type().name().toLowerCase(java.util.Locale.ROOT);
      };
      String source = sourcePath(e.path(), outcome);
      parts.add(KeyPart.of((e.type() == DiffType.DIR ? "dir " : "source ") + (source.isEmpty() ? "." : source), value));
    }
    return parts;
  }

  /** The entry's path below the source it came from, or its destination path when none matches. */
  private static String sourcePath(String destRel, CopyOutcome outcome) {
    String dest = "/" + destRel;
    for (CopyOutcome.Copied c : outcome.copied()) {
      if (dest.equals(c.dest())) {
        return strip(c.source());
      }
      if (dest.startsWith(c.dest().endsWith("/") ? c.dest() : c.dest() + "/")) {
        String rest = dest.substring(c.dest().length()).replaceFirst("^/", "");
        String src = strip(c.source());
        return src.isEmpty() ? rest : src + "/" + rest;
      }
    }
    return destRel;
  }

  private static String strip(String p) {
    String s = p.startsWith("/") ? p.substring(1) : p;
    return s.equals(".") ? "" : s;
  }
}
