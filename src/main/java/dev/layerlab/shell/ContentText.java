package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reading {@link Content} as text for the text tools ({@code grep}, {@code sed}, {@code $(…)}).
 * Synthetic content yields deterministic stand-in bytes up to {@link Content#MAX_REAL_BYTES}; a bigger
 * one is refused with a limit error rather than allocated.
 */
public final class ContentText {
  private ContentText() {}

  public static byte[] bytes(Content content) {
    if (content instanceof Content.Bytes) {
      return ((Content.Bytes) content).bytes();
    }
    Content.Synthetic s = (Content.Synthetic) content;
    if (s.size() > Content.MAX_REAL_BYTES) {
      throw new ShellLimitException(
          "layerlab: a " + s.size() + "-byte modelled file has no bytes to read as text (limit "
              + Content.MAX_REAL_BYTES + ")");
    }
    byte[] out = new byte[(int) s.size()];
    new SplittableRandom(s.seed()).nextBytes(out);
    return out;
  }

  public static String text(Content content) {
    return new String(bytes(content), StandardCharsets.UTF_8);
  }

  /** Real bytes up to this total stay real when joined (pipes, {@code cat a b}). */
  static final long MAX_JOINED_BYTES = 64L << 20;

  /**
   * {@code a} then {@code b} then …, as {@code cat a b} gives: real bytes stay real up to {@link
   * #MAX_JOINED_BYTES}, anything else becomes the fs's synthetic concatenation.
   */
  public static Content concat(List<Content> parts) {
    long total = parts.stream().mapToLong(Content::size).sum();
    if (total <= MAX_JOINED_BYTES && parts.stream().allMatch(p -> p instanceof Content.Bytes) && parts.size() > 1) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) total);
      for (Content part : parts) {
        out.writeBytes(((Content.Bytes) part).bytes());
      }
      return Content.of(out.toByteArray());
    }
    Content out = Content.empty();
    for (Content part : parts) {
      out = part.size() == 0 ? out : out.size() == 0 ? part : out.append(part);
    }
    return out;
  }
}
