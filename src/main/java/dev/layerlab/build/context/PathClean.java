package dev.layerlab.build.context;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Go's {@code path.Clean} for slash-separated paths, and the rooted form BuildKit gives every COPY
 * source: {@code ../x} cannot climb above the root, so it means {@code /x}.
 */
public final class PathClean {
  private PathClean() {}

  /** Go's {@code path.Clean}: "" becomes ".", repeated slashes, "." and ".." are resolved. */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (!part.equals("..")) {
        parts.addLast(part);
      } else if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else if (!rooted) {
        parts.addLast("..");
      }
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** The path as an absolute path below the root: {@code a/../../b} is {@code /b}. */
  public static String rooted(String path) {
    return clean("/" + path);
  }

  /** The rooted path without its leading slash; the root itself is "". */
  public static String relative(String path) {
    return rooted(path).substring(1);
  }

  /** {@code dir + "/" + name} for absolute dirs, without a double slash at the root. */
  public static String join(String dir, String name) {
    if (name.isEmpty()) {
      return dir;
    }
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** The last element of a cleaned path ({@code /} for the root). */
  public static String base(String path) {
    String c = clean(path);
    if (c.equals("/")) {
      return "/";
    }
    return c.substring(c.lastIndexOf('/') + 1);
  }

  /** The parent of an absolute cleaned path ({@code /} for the root and its children). */
  public static String parent(String absolute) {
    int slash = absolute.lastIndexOf('/');
    return slash <= 0 ? "/" : absolute.substring(0, slash);
  }
}
