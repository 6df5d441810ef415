package dev.layerlab.build;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The texts BuildKit writes into history's CREATED BY, which print Go values (%q lists, durations). */
final class HistoryText {
  private HistoryText() {}

  /** Go's {@code %q} of a string slice: {@code ["node" "server.js"]}. */
  static String quotedList(List<String> items) {
    return items.stream().map(HistoryText::goQuote).collect(Collectors.joining(" ", "[", "]"));
  }

  /** Go's {@code %v} of a string slice: {@code [/bin/bash -c]}. */
  static String plainList(List<String> items) {
    return "[" + String.join(" ", items) + "]";
  }

  static String goQuote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Go's {@code %q} of an int: a quoted rune ({@code '\x00'}, {@code '\n'}, {@code 'A'}). */
  static String goRune(int r) {
    String body = switch (r) {
      case 7 -> "\\a";
      case 8 -> "\\b";
      case 9 -> "\\t";
      case 10 -> "\\n";
      case 11 -> "\\v";
      case 12 -> "\\f";
      case 13 -> "\\r";
      case '\'' -> "\\'";
      case '\\' -> "\\\\";
      default -> r < 0x20 || r == 0x7f ? String.format("\\x%02x", r)
          : r < 0x80 || Character.isLetterOrDigit(r) ? new String(Character.toChars(r)) : String.format("\\u%04x", r);
    };
    return "'" + body + "'";
  }

  /** Go's {@code time.Duration} printing: {@code 0s}, {@code 500ms}, {@code 30s}, {@code 1m30s}. */
  static String duration(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    long nanos = d.toNanos();
    if (nanos < 1_000_000_000L) {
      return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + "ms" : nanos / 1000.0 + "µs";
    }
    long h = nanos / 3_600_000_000_000L;
    long m = nanos / 60_000_000_000L % 60;
    double s = nanos % 60_000_000_000L / 1e9;
    String sec = s == Math.floor(s) ? String.valueOf((long) s) : String.valueOf(s);
    return (h > 0 ? h + "h" : "") + (h > 0 || m > 0 ? m + "m" : "") + sec + "s";
  }
}
