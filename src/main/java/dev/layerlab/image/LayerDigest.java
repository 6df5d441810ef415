package dev.layerlab.image;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;

/**
 * A layer's digest, computed from what the layer holds (path, type, mode, owner, size, content digest
 * and link of every entry) so equal layers get equal digests, as a real DiffID does.
 */
public final class LayerDigest {
  /** The digest BuildKit's empty layer has (a 32-byte gzip of an empty tar). */
  public static final String EMPTY = "sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1";

  private LayerDigest() {}

  public static String of(LayerDiff diff) {
    if (diff.isEmpty()) {
      return EMPTY;
    }
    StringBuilder canonical = new StringBuilder();
    for (DiffEntry e : diff.entries()) {
      canonical.append(e.path()).append('\0').append(e.type()).append('\0').append(Integer.toOctalString(e.mode()))
          .append('\0').append(e.uid()).append(':').append(e.gid()).append('\0').append(e.size()).append('\0')
          .append(e.content().map(c -> c.digest()).orElse("")).append('\0').append(e.link().orElse(""))
          .append('\n');
    }
    return ContentDigest.of(canonical.toString());
  }
}
