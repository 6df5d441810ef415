package dev.layerlab.fs;

import java.util.Optional;

/**
 * One entry of a layer, as the layer tar holds it.
 *
 * @param path relative like a tar entry: no leading or trailing slash ({@code app/out.txt}, {@code
 *     app/.wh.a.txt}, {@code etc/app/.wh..wh..opq})
 * @param size content size for FILE, target length for SYMLINK, 0 otherwise (a HARDLINK's bytes are
 *     counted once, at the FILE it points to)
 * @param link the symlink target, or for a HARDLINK the relative path of the FILE it links to
 * @param content the content of a FILE
 */
public record DiffEntry(
    String path,
    DiffType type,
    long size,
    int mode,
    int uid,
    int gid,
    Optional<String> link,
    Optional<Content> content) {

  /** The whiteout mode the real builder writes. */
  public static final int WHITEOUT_MODE = 0600;

  static final String WH_PREFIX = ".wh.";
  static final String OPAQUE_NAME = ".wh..wh..opq";

  public static DiffEntry dir(String path, int mode, int uid, int gid) {
    return new DiffEntry(path, DiffType.DIR, 0, mode, uid, gid, Optional.empty(), Optional.empty());
  }

  public static DiffEntry file(String path, Content content, int mode, int uid, int gid) {
    return new DiffEntry(
        path, DiffType.FILE, content.size(), mode, uid, gid, Optional.empty(), Optional.of(content));
  }

  public static DiffEntry symlink(String path, String target, int uid, int gid) {
    return new DiffEntry(
        path, DiffType.SYMLINK, target.length(), 0777, uid, gid, Optional.of(target),
        Optional.empty());
  }

  public static DiffEntry hardlink(String path, String firstPath, int mode, int uid, int gid) {
    return new DiffEntry(
        path, DiffType.HARDLINK, 0, mode, uid, gid, Optional.of(firstPath), Optional.empty());
  }

  /** The whiteout that deletes {@code deletedPath} (relative). */
  public static DiffEntry whiteout(String deletedPath) {
    return new DiffEntry(
        sibling(deletedPath, WH_PREFIX + name(deletedPath)), DiffType.WHITEOUT, 0, WHITEOUT_MODE,
        0, 0, Optional.empty(), Optional.empty());
  }

  /** The opaque marker that hides the lower children of {@code dirPath} (relative). */
  public static DiffEntry opaque(String dirPath) {
    return new DiffEntry(
        dirPath + "/" + OPAQUE_NAME, DiffType.OPAQUE, 0, WHITEOUT_MODE, 0, 0, Optional.empty(),
        Optional.empty());
  }

  /**
   * The path this entry acts on: the deleted path for a WHITEOUT, the directory for an OPAQUE, the
   * entry's own path otherwise.
   */
  public String target() {
    switch (type) {
      case WHITEOUT:
        return sibling(path, name(path).substring(WH_PREFIX.length()));
      case OPAQUE:
        return parent(path);
      default:
        return path;
    }
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String sibling(String path, String name) {
    String parent = parent(path);
    return parent.isEmpty() ? name : parent + "/" + name;
  }
}
