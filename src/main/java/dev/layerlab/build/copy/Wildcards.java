package dev.layerlab.build.copy;

import dev.layerlab.build.context.PathClean;
import dev.layerlab.fs.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands a rooted source pattern against a source tree, element by element as BuildKit's
 * {@code ResolveWildcards} does: literal elements are looked up, pattern elements are matched with
 * Go's {@code filepath.Match} against the sorted names of the directory, symlinked directories are
 * followed on the way. The result is in lexical order and names the paths as asked (not physical).
 */
final class Wildcards {
  private Wildcards() {}

  static List<String> expand(SourceTree tree, String rootedPattern) {
    List<String> found = new ArrayList<>();
    String[] parts = rootedPattern.substring(1).split("/");
    walk(tree, "/", parts, 0, found);
    return found;
  }

  private static void walk(SourceTree tree, String at, String[] parts, int i, List<String> found) {
    if (i == parts.length) {
      found.add(at);
      return;
    }
    String part = parts[i];
    if (!GoGlob.hasMeta(part)) {
      String next = PathClean.join(at, unescape(part));
      if (tree.stat(next, i < parts.length - 1).isPresent()) {
        walk(tree, next, parts, i + 1, found);
      }
      return;
    }
    Optional<Entry> dir = tree.stat(at, true);
    if (dir.isEmpty() || !dir.get().isDir()) {
      return;
    }
    for (String name : tree.list(dir.get().path())) {
      if (GoGlob.matches(part, name)) {
        walk(tree, PathClean.join(at, name), parts, i + 1, found);
      }
    }
  }

  private static String unescape(String literal) {
    return literal.replaceAll("\\\\(.)", "$1");
  }
}
