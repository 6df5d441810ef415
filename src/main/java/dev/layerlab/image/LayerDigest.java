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
    java.security.MessageDigest sha = sha256();
    StringBuilder canonical = new StringBuilder();
    for (DiffEntry e : diff.entries()) {
      canonical.setLength(0);
      canonical.append(e.path()).append('\0').append(e.type()).append('\0').append(Integer.toOctalString(e.mode()))
          .append('\0').append(e.uid()).append(':').append(e.gid()).append('\0').append(e.size()).append('\0')
          .append(e.content().map(c -> c.digest()).orElse("")).append('\0').append(e.link().orElse(""))
          .append('\n');
      sha.update(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
  }

  /** The same bytes as one canonical text would give, hashed entry by entry: a 50 000-file layer needs no 10 MB string. */
  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
