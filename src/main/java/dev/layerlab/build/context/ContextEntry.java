package dev.layerlab.build.context;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One path of the build context.
 *
 * @param path relative to the context root, slash-separated, no leading slash ({@code src/a.txt})
 * @param mode the permission bits (the host's, or 0644/0755 when the host has none)
 * @param size bytes of a file, target length of a symlink, 0 for a directory
 * @param content a file's content: real bytes up to 1 MiB, synthetic above
 * @param linkTarget a symlink's target as written; never followed out of the context
 * @param origin the host file, so a big archive can be streamed once more by ADD; empty in memory
 */
public record ContextEntry(
    String path,
    EntryType type,
    int mode,
    long size,
    Optional<Content> content,
    Optional<String> linkTarget,
    Optional<Path> origin) {

  public static ContextEntry file(String path, Content content, int mode) {
    return new ContextEntry(
        path, EntryType.FILE, mode, content.size(), Optional.of(content), Optional.empty(),
        Optional.empty());
  }

  public static ContextEntry dir(String path, int mode) {
    return new ContextEntry(
        path, EntryType.DIR, mode, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ContextEntry symlink(String path, String target) {
    return new ContextEntry(
        path, EntryType.SYMLINK, 0777, target.length(), Optional.empty(), Optional.of(target),
        Optional.empty());
  }

  /** The same entry, remembering the host file it was read from. */
  ContextEntry withOrigin(Path host) {
    return new ContextEntry(path, type, mode, size, content, linkTarget, Optional.of(host));
  }

  public boolean isDir() {
    return type == EntryType.DIR;
  }

  /** The name of the entry (its last path element). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
