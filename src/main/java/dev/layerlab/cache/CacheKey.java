package dev.layerlab.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A step's cache key: the key of the step it builds on (empty for a step that stands alone, like
 * {@code COPY --link}) and the readable parts; the digest covers both, so a change anywhere up the
 * chain changes every key below it, as in BuildKit.
 */
public record CacheKey(String parent, List<KeyPart> parts, String digest) {
  public CacheKey {
    parts = List.copyOf(parts);
  }

  public static CacheKey of(String parent, List<KeyPart> parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(parent.getBytes(StandardCharsets.UTF_8));
      for (KeyPart p : parts) {
        md.update(("\n" + p.name() + "\0" + p.value()).getBytes(StandardCharsets.UTF_8));
      }
      return new CacheKey(parent, parts, "sha256:" + HexFormat.of().formatHex(md.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
