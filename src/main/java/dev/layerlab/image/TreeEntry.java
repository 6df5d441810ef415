package dev.layerlab.image;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a base-image layer, as the layer tar would hold it.
 *
 * @param path relative like a tar entry, no leading or trailing slash ({@code usr/bin/node})
 * @param type file, directory or symlink
 * @param size content bytes for a file, the target's length for a symlink (as {@code docker
 *     history} counts it), 0 for a directory
 * @param mode permission bits, e.g. {@code 01777} for {@code tmp}
 * @param link the symlink target
 * @param text the real content of a small file ({@code etc/passwd}); big files have none and are
 *     synthetic: a size and a {@link #seed()}
 */
public record TreeEntry(
    String path, Type type, long size, int mode, int uid, int gid, Optional<String> link,
    Optional<String> text) {

  /** The kinds of entry a base layer holds (base layers carry no whiteouts or hardlinks). */
  public enum Type {
    FILE,
    DIR,
    SYMLINK
  }

  public TreeEntry {
    Objects.requireNonNull(path);
    Objects.requireNonNull(type);
    Objects.requireNonNull(link);
    Objects.requireNonNull(text);
    if (size < 0) {
      throw new IllegalArgumentException(path + ": negative size " + size);
    }
  }

  public static TreeEntry dir(String path, int mode, int uid, int gid) {
    return new TreeEntry(path, Type.DIR, 0, mode, uid, gid, Optional.empty(), Optional.empty());
  }

  /** A synthetic file: it has a size, no bytes. */
  public static TreeEntry file(String path, long size, int mode, int uid, int gid) {
    return new TreeEntry(path, Type.FILE, size, mode, uid, gid, Optional.empty(), Optional.empty());
  }

  /** A small real file; its size is the UTF-8 length of the text. */
  public static TreeEntry text(String path, String text, int mode, int uid, int gid) {
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    return new TreeEntry(
        path, Type.FILE, size, mode, uid, gid, Optional.empty(), Optional.of(text));
  }

  public static TreeEntry symlink(String path, String target) {
    return new TreeEntry(
        path, Type.SYMLINK, target.length(), 0777, 0, 0, Optional.of(target), Optional.empty());
  }

  /**
   * The seed a synthetic file's content is derived from: a function of path and size only, so the
   * same catalogue always yields the same digests.
   */
  public long seed() {
    long h = 1125899906842597L;
    for (int i = 0; i < path.length(); i++) {
      h = 31 * h + path.charAt(i);
    }
    return h ^ (size * 0x9E3779B97F4A7C15L);
  }

  /** One line of the text layer digests are computed from; every field that matters is in it. */
  void appendCanonical(StringBuilder out) {
    out.append(path).append('|').append(type).append('|').append(size).append('|').append(mode)
        .append('|').append(uid).append(':').append(gid).append('|').append(link.orElse(""))
        .append('|').append(text.orElse(""));
  }

  /** The mode as octal text, as {@code tar tv} and the JSON contract print it. */
  public String octalMode() {
    return String.format("%04o", mode);
  }
}
