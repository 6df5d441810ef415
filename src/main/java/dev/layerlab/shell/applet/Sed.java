package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;
import dev.layerlab.shell.ContentText;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/** {@code sed [-n] [-E|-r] [-i] [-e SCRIPT]... [SCRIPT] [FILE]...}; {@code -i} rewrites files in place. */
final class Sed implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> scripts = new ArrayList<>();
    List<String> files = new ArrayList<>();
    boolean quiet = false;
    boolean inPlace = false;
    boolean extended = false;
    List<String> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-e") || a.equals("--expression")) {
        scripts.add(i + 1 < args.size() ? args.get(++i) : "");
      } else if (a.startsWith("-i") || a.equals("--in-place")) {
        inPlace = true;
      } else if (a.startsWith("-") && a.length() > 1 && a.substring(1).matches("[nErs]+")) {
        quiet |= a.contains("n");
        extended |= a.contains("E") || a.contains("r");
      } else {
        files.add(a);
      }
    }
    if (scripts.isEmpty()) {
      if (files.isEmpty()) {
        return inv.fail("no script specified");
      }
      scripts.add(files.remove(0));
    }
    SedScript script;
    try {
      script = SedScript.parse(scripts, extended);
    } catch (IllegalArgumentException e) {
      return inv.fail("bad command: " + e.getMessage());
    }
    try {
      return inPlace ? inPlace(inv, script, files, quiet) : stream(inv, script, files, quiet);
    } catch (IndexOutOfBoundsException e) {
      return inv.fail("invalid reference on 's' command's RHS");
    }
  }

  private static int stream(Invocation inv, SedScript script, List<String> files, boolean quiet) {
    StringBuilder input = new StringBuilder();
    int status = 0;
    for (String f : files.isEmpty() ? List.of("-") : files) {
      try {
        input.append(ContentText.text(FileArgs.read(inv, f)));
      } catch (FsException e) {
        status = inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    inv.out(script.apply(input.toString(), quiet));
    return status;
  }

  private static int inPlace(Invocation inv, SedScript script, List<String> files, boolean quiet) {
    if (files.isEmpty()) {
      return inv.fail("no input files");
    }
    int status = 0;
    for (String f : files) {
      String path = inv.resolve(f);
      try {
        Entry e = inv.fs().statFollow(path).orElseThrow(() -> FileArgs.notFound(f));
        String result = script.apply(ContentText.text(inv.fs().content(path)), quiet);
        inv.fs().writeFile(path, Content.of(result), e.mode(), e.uid(), e.gid());
      } catch (FsException e) {
        status = inv.fail("can't open '" + f + "': " + e.reason());
      }
    }
    return status;
  }
}
