package dev.layerlab.render;

/** Display width and truncation of terminal text (wide East Asian characters count two columns). */
final class Text {
  private Text() {}

  static int width(String s) {
    return s.codePoints().map(Text::cpWidth).sum();
  }

  /** Cuts to {@code max} columns with a trailing ellipsis, as Docker's formatter does. */
  static String ellipsis(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (int cp : s.codePoints().toArray()) {
      if (w + cpWidth(cp) > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      w += cpWidth(cp);
    }
    return out.append('…').toString();
  }

  static String padRight(String s, int width) {
    int w = width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  static String padLeft(String s, int width) {
    int w = width(s);
    return w >= width ? s : " ".repeat(width - w) + s;
  }

  private static int cpWidth(int cp) {
    if (cp < 0x1100) {
      return 1;
    }
    boolean wide = cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
