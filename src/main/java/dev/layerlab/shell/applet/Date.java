package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code date [+FORMAT]}. Time is simulated: the clock reads {@code SOURCE_DATE_EPOCH} (0 if unset),
 * so a rebuild prints the same thing.
 */
final class Date implements Program {
  @Override
  public int run(Invocation inv) {
    long epoch;
    try {
      epoch = Long.parseLong(inv.env().getOrDefault("SOURCE_DATE_EPOCH", "0"));
    } catch (NumberFormatException e) {
      epoch = 0;
    }
    ZonedDateTime t = Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC);
    String format = inv.args().stream().filter(a -> a.startsWith("+")).findFirst().orElse("+%a %b %e %H:%M:%S UTC %Y");
    inv.out(format(format.substring(1), t, epoch) + "\n");
    return 0;
  }

  private static String format(String f, ZonedDateTime t, long epoch) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 >= f.length()) {
        out.append(c);
        continue;
      }
      char k = f.charAt(++i);
      out.append(field(k, t, epoch));
    }
    return out.toString();
  }

  private static String field(char k, ZonedDateTime t, long epoch) {
    switch (k) {
      case 'Y': return pattern("yyyy", t);
      case 'm': return pattern("MM", t);
      case 'd': return pattern("dd", t);
      case 'e': return String.format("%2d", t.getDayOfMonth());
      case 'H': return pattern("HH", t);
      case 'M': return pattern("mm", t);
      case 'S': return pattern("ss", t);
      case 'a': return pattern("EEE", t);
      case 'b': return pattern("MMM", t);
      case 's': return Long.toString(epoch);
      case 'F': return pattern("yyyy-MM-dd", t);
      case 'T': return pattern("HH:mm:ss", t);
      case 'Z': return "UTC";
      case '%': return "%";
      default: return "%" + k;
    }
  }

  private static String pattern(String p, ZonedDateTime t) {
    return t.format(DateTimeFormatter.ofPattern(p, Locale.ROOT));
  }
}
