package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.List;

/**
 * {@code echo}. With busybox (Alpine) it knows {@code -n -e -E}; dash (Debian's /bin/sh) knows only
 * {@code -n} and always expands backslash escapes — so the image decides, by whether it has busybox.
 */
final class Echo implements Program {
  @Override
  public int run(Invocation inv) {
    boolean busybox = inv.fs().statFollow("/bin/busybox").isPresent();
    List<String> args = inv.args();
    boolean newline = true;
    boolean escapes = !busybox;
    int i = 0;
    while (i < args.size() && isFlags(args.get(i), busybox ? "neE" : "n")) {
      for (char c : args.get(i).substring(1).toCharArray()) {
        newline &= c != 'n';
        escapes = c == 'e' || (c != 'E' && escapes);
      }
      i++;
    }
    String text = String.join(" ", args.subList(i, args.size()));
    if (escapes) {
      Escapes.Result r = Escapes.expand(text);
      inv.out(r.text() + (newline && !r.stop() ? "\n" : ""));
    } else {
      inv.out(newline ? text + "\n" : text);
    }
    return 0;
  }

  private static boolean isFlags(String arg, String allowed) {
    if (arg.length() < 2 || arg.charAt(0) != '-') {
      return false;
    }
    for (char c : arg.substring(1).toCharArray()) {
      if (allowed.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
