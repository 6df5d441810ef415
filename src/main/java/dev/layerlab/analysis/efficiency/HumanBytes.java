package dev.layerlab.analysis.efficiency;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte counts as go-humanize's ParseBytes reads them: a number (commas allowed), optional spaces, a
 * unit in any case: SI ({@code kB}, {@code MB} … {@code EB}, or just {@code k}, {@code M}) or IEC
 * ({@code KiB}, {@code Mi} …); {@code 20MB}, {@code 19Mb}, {@code 50kB}, {@code 1B}, {@code 2MiB}.
 */
final class HumanBytes {
  private static final Pattern FORM = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*([a-zA-Z]*)");
  private static final Map<String, Double> UNITS = Map.ofEntries(
      Map.entry("", 1d), Map.entry("b", 1d), Map.entry("k", 1e3), Map.entry("kb", 1e3), Map.entry("m", 1e6),
      Map.entry("mb", 1e6), Map.entry("g", 1e9), Map.entry("gb", 1e9), Map.entry("t", 1e12), Map.entry("tb", 1e12),
      Map.entry("p", 1e15), Map.entry("pb", 1e15), Map.entry("e", 1e18), Map.entry("eb", 1e18),
      Map.entry("ki", 1024d), Map.entry("kib", 1024d), Map.entry("mi", 1048576d), Map.entry("mib", 1048576d),
      Map.entry("gi", 1073741824d), Map.entry("gib", 1073741824d), Map.entry("ti", 1099511627776d),
      Map.entry("tib", 1099511627776d));

  private HumanBytes() {}

  static long parse(String text) {
    Matcher m = FORM.matcher(text.trim().replace(",", ""));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size (e.g. 20MB, 500kB, 1GiB)");
    }
    Double unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (unit == null) {
      throw new IllegalArgumentException("unhandled size name: " + m.group(2).toLowerCase(Locale.ROOT));
    }
    double bytes = Double.parseDouble(m.group(1)) * unit;
    if (bytes >= 0x1p64) {
      throw new IllegalArgumentException("too large: " + text.trim());
    }
    return (long) Math.min(bytes, Long.MAX_VALUE);
  }
}
