package dev.layerlab.fs;

import java.util.Optional;

/**
 * What {@code stat} tells about one path.
 *
 * @param path absolute, normalised path
 * @param mode permission bits including setuid/setgid/sticky (e.g. {@code 0644}, {@code 01777})
 * @param size content size for files, target length for symlinks, 0 for directories
 * @param content the content of a regular file
 * @param linkTarget the target of a symlink, as written
 */
public record Entry(
    String path,
    EntryType type,
    int mode,
    int uid,
    int gid,
    long size,
    Optional<Content> content,
    Optional<String> linkTarget) {

  public boolean isDir() {
    return type == EntryType.DIR;
  }

  public boolean isFile() {
    return type == EntryType.FILE;
  }

  public boolean isSymlink() {
    return type == EntryType.SYMLINK;
  }
}
