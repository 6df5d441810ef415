package dev.layerlab.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/** Lexical path arithmetic: absolute, normalized paths without touching any filesystem. */
public final class PathNames {
  private PathNames() {}

  /** {@code path} made absolute against {@code cwd}, with {@code .}, {@code ..} and {@code //} resolved. */
  public static String resolve(String cwd, String path) {
    String full = path.startsWith("/") ? path : cwd + "/" + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : full.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** The last component ({@code basename}); "/" for the root. */
  public static String base(String path) {
    String p = stripTrailingSlashes(path);
    if (p.equals("/")) {
      return "/";
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Everything before the last component ({@code dirname}). */
  public static String parent(String path) {
    String p = stripTrailingSlashes(path);
    int slash = p.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    return slash == 0 ? "/" : stripTrailingSlashes(p.substring(0, slash));
  }

  /** Joins a directory and a name with exactly one slash. */
  public static String join(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  private static String stripTrailingSlashes(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "." : s;
  }
}
