package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/** {@code head} and {@code tail} with {@code -n N}, {@code -c N} and the old {@code -N} form. */
final class HeadTail implements Program {
  private final boolean head;

  HeadTail(boolean head) {
    this.head = head;
  }

  @Override
  public int run(Invocation inv) {
    List<String> args = new ArrayList<>();
    for (String a : inv.args()) {
      args.add(a.matches("-[0-9]+") ? "-n" + a.substring(1) : a);
    }
    Options o = Options.parse(args, "qvf", "nc");
    long n;
    boolean fromStart;
    String spec = o.value('c').orElse(o.value('n').orElse("10"));
    fromStart = !head && spec.startsWith("+");
    try {
      n = Sizes.parse(spec.replaceFirst("^[+-]", "")).orElseThrow();
    } catch (java.util.NoSuchElementException e) {
      return inv.fail("invalid number '" + spec + "'");
    }
    List<String> files = o.operands().isEmpty() ? List.of("-") : o.operands();
    int status = 0;
    for (String f : files) {
      if (files.size() > 1) {
        inv.out("==> " + (f.equals("-") ? "standard input" : f) + " <==\n");
      }
      try {
        Content c = FileArgs.read(inv, f);
        inv.out(o.has('c') ? bytes(c, n, fromStart) : Content.of(lines(ContentText.text(c), n, fromStart)));
      } catch (FsException e) {
        status = inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    return status;
  }

  private Content bytes(Content c, long n, boolean fromStart) {
    if (head) {
      return Slices.head(c, n);
    }
    return fromStart ? Slices.tail(c, c.size() - Math.max(0, n - 1)) : Slices.tail(c, n);
  }

  private String lines(String text, long n, boolean fromStart) {
    List<String> lines = List.of(text.split("(?<=\n)", -1));
    int count = lines.size() - (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty() ? 1 : 0);
    int from;
    int to;
    if (head) {
      from = 0;
      to = (int) Math.min(n, count);
    } else {
      from = fromStart ? (int) Math.min(count, Math.max(0, n - 1)) : (int) Math.max(0, count - n);
      to = count;
    }
    return String.join("", lines.subList(from, Math.max(from, to)));
  }
}
