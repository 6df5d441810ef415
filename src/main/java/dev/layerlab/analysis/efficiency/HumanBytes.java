package dev.layerlab.analysis.efficiency;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as go-humanize's ParseBytes reads them: {@code 20MB}, {@code 19Mb}, {@code 50kB}, {@code 1B}, {@code 2MiB}. */
final class HumanBytes {
  private static final Pattern FORM = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*([a-zA-Z]*)");
  private static final Map<String, Double> UNITS = Map.ofEntries(
      Map.entry("", 1d), Map.entry("b", 1d), Map.entry("k", 1e3), Map.entry("kb", 1e3), Map.entry("m", 1e6),
      Map.entry("mb", 1e6), Map.entry("g", 1e9), Map.entry("gb", 1e9), Map.entry("t", 1e12), Map.entry("tb", 1e12),
      Map.entry("ki", 1024d), Map.entry("kib", 1024d), Map.entry("mi", 1048576d), Map.entry("mib", 1048576d),
      Map.entry("gi", 1073741824d), Map.entry("gib", 1073741824d));

  private HumanBytes() {}

  static long parse(String text) {
    Matcher m = FORM.matcher(text.trim().replace(",", ""));
    Double unit = m.matches() ? UNITS.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
    if (unit == null) {
      throw new IllegalArgumentException("invalid config value ('" + text + "') for highestWastedBytes: not a size");
    }
    return (long) (Double.parseDouble(m.group(1)) * unit);
  }
}
