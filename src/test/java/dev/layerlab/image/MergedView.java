package dev.layerlab.image;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The merged tree of an image's layers with symlink-following lookup, as a container sees it. */
final class MergedView {

  private final Map<String, TreeEntry> byPath = new HashMap<>();
  private final BaseImage image;

  MergedView(BaseImage image) {
    this.image = image;
    image.layers().forEach(l -> l.entries().forEach(e -> byPath.put(e.path(), e)));
  }

  /** The entry a path reaches after following symlinks in every component. */
  Optional<TreeEntry> resolve(String absolute) {
    String current = "";
    String[] parts = absolute.replaceAll("^/+", "").split("/");
    for (int i = 0, hops = 0; i < parts.length; i++) {
      String next = current.isEmpty() ? parts[i] : current + "/" + parts[i];
      TreeEntry e = byPath.get(next);
      if (e == null) {
        return Optional.empty();
      }
      if (e.type() == TreeEntry.Type.SYMLINK && hops++ < 40) {
        String target = e.link().orElseThrow();
        String base = target.startsWith("/") ? "" : current;
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
        String joined = (base.isEmpty() ? "" : base + "/") + target.replaceAll("^/+", "");
        parts = (rest.isEmpty() ? normalize(joined) : normalize(joined) + "/" + rest).split("/");
        current = "";
        i = -1;
        continue;
      }
      current = next;
    }
    return Optional.ofNullable(byPath.get(current));
  }

  /** True when {@code program} is found in one of the image's PATH directories. */
  boolean onPath(String program) {
    String path = image.config().env("PATH").orElse("");
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && resolve(dir + "/" + program)
          .filter(e -> e.type() == TreeEntry.Type.FILE).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String path) {
    java.util.Deque<String> out = new java.util.ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.equals("..")) {
        out.pollLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        out.addLast(p);
      }
    }
    return String.join("/", out);
  }
}
