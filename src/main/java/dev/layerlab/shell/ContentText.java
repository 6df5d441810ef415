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

  /** {@code a} then {@code b} then …, as {@code cat a b} gives. */
  public static Content concat(List<Content> parts) {
    Content out = Content.empty();
    for (Content part : parts) {
      out = part.size() == 0 ? out : out.size() == 0 ? part : out.append(part);
    }
    return out;
  }
}
