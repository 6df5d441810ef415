package dev.layerlab.fs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in the {@code sha256:<hex>} spelling the OCI spec uses. */
final class Digests {
  private Digests() {}

  static String sha256(byte[] data) {
    return "sha256:" + HexFormat.of().formatHex(raw(data));
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The first 8 bytes of SHA-256 over the text, as a long: a stable way to derive seeds. */
  static long seedOf(String text) {
    byte[] h = raw(text.getBytes(StandardCharsets.UTF_8));
    long seed = 0;
    for (int i = 0; i < 8; i++) {
      seed = (seed << 8) | (h[i] & 0xff);
    }
    return seed;
  }

  private static byte[] raw(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
