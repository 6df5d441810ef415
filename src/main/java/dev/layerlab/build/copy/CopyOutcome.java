package dev.layerlab.build.copy;

import java.util.List;

/**
 * What a COPY or ADD did.
 *
 * @param copied one row per selected source, in order
 * @param notes what the user should know (a simulated download, a wildcard that matched nothing)
 */
public record CopyOutcome(List<Copied> copied, List<String> notes) {

  public CopyOutcome {
    copied = List.copyOf(copied);
    notes = List.copyOf(notes);
  }

  /**
   * One selected source.
   *
   * @param source the rooted source path ({@code /src/a.txt}) or the URL
   * @param dest the absolute path it landed at (the directory for contents and archives)
   * @param size bytes of regular files plus symlink target lengths below it
   * @param digest a content checksum of what was selected (path, type, mode, owner, size, link,
   *     content; never mtime), for cache keys
   */
  public record Copied(String source, String dest, long size, String digest) {}

  /** Total bytes copied. */
  public long size() {
    return copied.stream().mapToLong(Copied::size).sum();
  }
}
