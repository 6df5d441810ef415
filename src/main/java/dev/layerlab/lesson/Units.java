package dev.layerlab.lesson;

import dev.layerlab.fs.Content;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes and durations as lesson files write them ({@code 300MB}, {@code 2m}) and as reports print them. */
final class Units {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB)?");
  private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private Units() {}

  /** Decimal units, as docker prints sizes; empty when the text is not a size. */
  static java.util.OptionalLong parseBytes(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      return java.util.OptionalLong.empty();
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    double f = switch (unit) {
      case "KB" -> 1e3;
      case "MB" -> 1e6;
      case "GB" -> 1e9;
      default -> 1;
    };
    return java.util.OptionalLong.of(Math.round(n * f));
  }

  static java.util.OptionalDouble parseSeconds(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return java.util.OptionalDouble.empty();
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double f = switch (unit) {
      case "ms" -> 0.001;
      case "m" -> 60;
      case "h" -> 3600;
      default -> 1;
    };
    return java.util.OptionalDouble.of(n * f);
  }

  /** 1.15GB, 83.6MB, 3.44kB, 388B: three significant digits, as docker's units.HumanSize. */
  static String bytes(long n) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    double v = n;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    String num = String.format(Locale.ROOT, "%.3g", v);
    if (num.contains(".")) {
      num = num.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return num + units[u];
  }

  /** 0.4s, 1m 32s. */
  static String seconds(double s) {
    if (s < 60) {
      return String.format(Locale.ROOT, "%.1fs", s);
    }
    long whole = Math.round(s);
    return whole / 60 + "m " + whole % 60 + "s";
  }

  /** Whether a file's real bytes hold the needle; synthetic content holds no text. */
  static boolean contains(Content content, byte[] needle) {
    if (!(content instanceof Content.Bytes b)) {
      return false;
    }
    byte[] hay = b.bytes();
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
