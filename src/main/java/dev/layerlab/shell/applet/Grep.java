package dev.layerlab.shell.applet;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code grep [-qvicnlEFwxsoh] [-e PATTERN] PATTERN [FILE]...}; status 0 found, 1 none, 2 error. */
final class Grep extends Applet {
  private final boolean extendedDefault;

  Grep(boolean extendedDefault) {
    super("qvicnlEFwxsohHr", "e");
    this.extendedDefault = extendedDefault;
  }

  @Override
  int run(Invocation inv, Options o, List<String> operands) {
    List<String> files = new ArrayList<>(operands);
    String patternText;
    if (o.value('e').isPresent()) {
      patternText = o.value('e').get();
    } else if (!files.isEmpty()) {
      patternText = files.remove(0);
    } else {
      inv.err("BusyBox grep: usage: grep [-qvicnlEFwxsoh] PATTERN [FILE]...\n");
      return 2;
    }
    Pattern p;
    try {
      p = pattern(patternText, o);
    } catch (IllegalArgumentException e) {
      inv.fail(e.getMessage());
      return 2;
    }
    boolean found = false;
    int status = 0;
    List<String> names = files.isEmpty() ? List.of("-") : files;
    for (String f : names) {
      try {
        found |= search(inv, o, p, ContentText.text(FileArgs.read(inv, f)), names.size() > 1 ? f : null);
      } catch (FsException e) {
        if (!o.has('s')) {
          inv.fail(f + ": " + e.reason());
        }
        status = 2;
      }
      if (found && o.has('q')) {
        return 0;
      }
    }
    return status == 2 && !found ? 2 : found ? 0 : 1;
  }

  private Pattern pattern(String text, Options o) {
    String body;
    if (o.has('F')) {
      body = Pattern.quote(text);
    } else {
      body = Regexes.compile(text, o.has('E') || extendedDefault, false).pattern();
    }
    if (o.has('w')) {
      body = "\\b(?:" + body + ")\\b";
    }
    if (o.has('x')) {
      body = "^(?:" + body + ")$";
    }
    return Pattern.compile(body, o.has('i') ? Pattern.CASE_INSENSITIVE : 0);
  }

  private static boolean search(Invocation inv, Options o, Pattern p, String text, String label) {
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    int n = text.endsWith("\n") ? lines.length - 1 : lines.length;
    int count = 0;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean hit = p.matcher(lines[i]).find() != o.has('v');
      if (!hit) {
        continue;
      }
      count++;
      if (!o.has('q') && !o.has('c') && !o.has('l')) {
        out.append(label != null && !o.has('h') ? label + ":" : "").append(o.has('n') ? (i + 1) + ":" : "")
            .append(lines[i]).append('\n');
      }
    }
    if (o.has('c') && !o.has('q')) {
      out.append(label != null ? label + ":" : "").append(count).append('\n');
    }
    if (o.has('l') && count > 0 && !o.has('q')) {
      out.append(label != null ? label : "(standard input)").append('\n');
    }
    inv.out(out.toString());
    return count > 0;
  }
}
