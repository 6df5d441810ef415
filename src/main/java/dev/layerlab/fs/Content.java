package dev.layerlab.fs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What a regular file holds. Small files the user writes keep their real {@link Bytes}; big modelled
 * files (a node binary, an apt archive) are {@link Synthetic}: a size and a seed and no bytes, so a
 * 1.3 GB image needs only a few bytes of heap per file. Both have a content digest, so cache keys stay
 * content-based.
 */
public sealed interface Content permits Content.Bytes, Content.Synthetic {

  /** Above this size, concatenation gives up real bytes and yields a synthetic file. */
  long MAX_REAL_BYTES = 1L << 20;

  /** The file's size in bytes. */
  long size();

  /** {@code sha256:<hex>} of the content (for synthetic content, of its size and seed). */
  String digest();

  /** This content followed by {@code tail}, as {@code cat a b} or {@code >>} would produce. */
  Content append(Content tail);

  static Content of(String utf8) {
    return new Bytes(utf8.getBytes(StandardCharsets.UTF_8));
  }

  static Content of(byte[] bytes) {
    return new Bytes(bytes);
  }

  static Content empty() {
    return new Bytes(new byte[0]);
  }

  static Content synthetic(long size, long seed) {
    return new Synthetic(size, seed);
  }

  /** Concatenation of two contents; see {@link #append}. */
  static Content concat(Content head, Content tail) {
    return head.append(tail);
  }

  /** Real bytes. The array is copied in and out, so a value never changes. */
  record Bytes(byte[] bytes) implements Content {
    public Bytes {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public String digest() {
      return Digests.sha256(bytes);
    }

    @Override
    public Content append(Content tail) {
      long total = size() + tail.size();
      if (tail instanceof Bytes b && total <= MAX_REAL_BYTES) {
        byte[] joined = Arrays.copyOf(bytes, (int) total);
        System.arraycopy(b.bytes, 0, joined, bytes.length, b.bytes.length);
        return new Bytes(joined);
      }
      return Synthetic.derived(this, tail);
    }

    /** The text, decoded as UTF-8. */
    public String utf8() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Bytes[" + bytes.length + " B]";
    }
  }

  /** A modelled file: only its size and a seed that stands for its bytes. */
  record Synthetic(long size, long seed) implements Content {
    public Synthetic {
      if (size < 0) {
        throw new IllegalArgumentException("negative size " + size);
      }
    }

    @Override
    public String digest() {
      return Digests.sha256("synthetic:" + size + ":" + seed);
    }

    @Override
    public Content append(Content tail) {
      return derived(this, tail);
    }

    /**
     * Deterministic stand-in bytes, for the rare reader of a small synthetic file (a {@code head} of a
     * modelled file). Big files have no bytes to show; callers check the size first.
     */
    byte[] pseudoBytes() {
      byte[] out = new byte[Math.toIntExact(size)];
      new SplittableRandom(seed).nextBytes(out);
      return out;
    }

    // The seed of a concatenation depends on both parts' digests, so equal inputs give equal files.
    static Synthetic derived(Content head, Content tail) {
      long seed = Digests.seedOf("concat:" + head.digest() + "+" + tail.digest());
      return new Synthetic(head.size() + tail.size(), seed);
    }
  }
}
