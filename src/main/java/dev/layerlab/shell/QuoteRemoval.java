package dev.layerlab.shell;

/** Removes quotes and backslashes from a word without expanding anything (here-doc delimiters). */
final class QuoteRemoval {
  private QuoteRemoval() {}

  static String remove(String raw) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\'' || c == '"') {
        int end = raw.indexOf(c, i + 1);
        end = end < 0 ? raw.length() : end;
        out.append(raw, i + 1, end);
        i = end + 1;
      } else if (c == '\\' && i + 1 < raw.length()) {
        out.append(raw.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
