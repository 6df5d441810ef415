package dev.layerlab.shell.applet;

import java.util.OptionalLong;

/** Size arguments: {@code 10}, {@code 4k}, {@code 1M}, {@code 2G}, {@code 512b}, {@code 1kB}, {@code 1MB}. */
final class Sizes {
  private Sizes() {}

  static OptionalLong parse(String text) {
    int i = 0;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 18) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(text.substring(0, i));
    long unit = unit(text.substring(i));
    if (unit < 0 || (unit > 0 && n > Long.MAX_VALUE / unit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(n * unit);
  }

  private static long unit(String suffix) {
    switch (suffix) {
      case "": case "c": return 1;
      case "w": return 2;
      case "b": return 512;
      case "kB": case "KB": return 1000;
      case "k": case "K": case "KiB": return 1024;
      case "MB": return 1000_000;
      case "M": case "MiB": return 1 << 20;
      case "GB": return 1000_000_000L;
      case "G": case "GiB": return 1L << 30;
      case "T": case "TiB": return 1L << 40;
      default: return -1;
    }
  }

  /** {@code du -h}/{@code ls -lh} style: 1023, 1.0K, 4.5M, 1.2G. */
  static String human(long bytes) {
    String[] units = {"", "K", "M", "G", "T"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? Long.toString(bytes) : String.format(java.util.Locale.ROOT, v < 10 ? "%.1f%s" : "%.0f%s", v, units[u]);
  }
}
