package dev.layerlab.build.copy;

import java.util.List;
import java.util.function.Supplier;

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
   * @param legacyHash what the legacy builder writes for it in history ({@code file:…}, {@code dir:…}),
   *     computed when asked: only the legacy builder asks, and it hashes every byte copied
   */
  public record Copied(String source, String dest, long size, String digest, Supplier<String> legacyHash) {
    /** A source with no tree of its own (a heredoc, a download): its content checksum stands in. */
    public Copied(String source, String dest, long size, String digest) {
      this(source, dest, size, digest, () -> "file:" + digest.substring(digest.indexOf(':') + 1));
    }
  }

  /** What the legacy builder writes for the whole instruction: the one source's hash, else {@code multi:}. */
  public String legacyHash() {
    return copied.size() == 1 ? copied.get(0).legacyHash().get()
        : LegacyHash.multi(copied.stream().map(c -> c.legacyHash().get()).toList());
  }

  /** Total bytes copied. */
  public long size() {
    return copied.stream().mapToLong(Copied::size).sum();
  }
}
