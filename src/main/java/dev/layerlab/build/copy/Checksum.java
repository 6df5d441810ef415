package dev.layerlab.build.copy;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A content checksum of selected sources, like BuildKit's tarsum-style file hash: relative path,
 * type, mode, uid, gid, size, link target and content digest of each entry; never mtime.
 */
final class Checksum {
  private final MessageDigest md;
  private final LegacyHash legacy;
  private long size;

  Checksum() {
    this("");
  }

  /** For a source at {@code sourceName} (its path in its tree, no leading slash), hashed for the legacy builder too. */
  Checksum(String sourceName) {
    legacy = new LegacyHash(sourceName);
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void add(String rel, Entry e) {
    add(rel, rel, e);
  }

  /** An entry, named {@code rel} in this checksum and {@code sourceRel} below the source for the legacy hash. */
  void add(String rel, String sourceRel, Entry e) {
    legacy.add(sourceRel, e);
    String line = rel + "\0" + e.type() + "\0" + Integer.toOctalString(e.mode()) + "\0" + e.uid()
        + "\0" + e.gid() + "\0" + e.size() + "\0" + e.linkTarget().orElse("") + "\0"
        + e.content().map(Content::digest).orElse("") + "\n";
    md.update(line.getBytes(StandardCharsets.UTF_8));
    if (!e.isDir()) {
      size += e.size();
    }
  }

  /** The source directory itself: in the legacy builder's hash only. */
  void root(Entry dir) {
    legacy.add("", dir);
  }

  /** See {@link LegacyHash}. */
  String legacyHash() {
    return legacy.value();
  }

  void addText(String text, long bytes) {
    md.update(text.getBytes(StandardCharsets.UTF_8));
    size += bytes;
  }

  long size() {
    return size;
  }

  String digest() {
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }
}
