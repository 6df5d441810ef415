package dev.layerlab.shell.tool;

import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gcc}, {@code cc}, {@code g++}, {@code c++}, {@code clang}: {@code -c} writes an object file per
 * source ({@code x.c → x.o}, 1.5 × the source, estimate); otherwise a binary ({@code -o}, default
 * {@code a.out}) of 16 kB plus 2 × the inputs, dynamically linked to the image's libc, or static with
 * {@code -static} (plus 800 kB of libc, estimate). A missing source fails as gcc does.
 */
final class Cc implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> inputs = new ArrayList<>();
    String out = "";
    boolean compileOnly = false;
    boolean isStatic = false;
    List<String> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-o") && i + 1 < args.size()) {
        out = args.get(++i);
      } else if (a.equals("-c")) {
        compileOnly = true;
      } else if (a.equals("-static")) {
        isStatic = true;
      } else if (a.equals("--version")) {
        inv.out(PathNames.base(inv.name()) + " (Debian 12.2.0-14) 12.2.0\n");
        return 0;
      } else if (!a.startsWith("-") && a.matches(".*\\.(c|cc|cpp|cxx|o|s|S|a)$")) {
        inputs.add(a);
      }
    }
    long bytes = 0;
    for (String in : inputs) {
      if (!FsText.exists(inv, inv.resolve(in))) {
        inv.err(PathNames.base(inv.name()) + ": error: " + in + ": No such file or directory\n"
            + PathNames.base(inv.name()) + ": fatal error: no input files\ncompilation terminated.\n");
        return 1;
      }
      bytes += inv.fs().statFollow(inv.resolve(in)).map(e -> e.size()).orElse(0L);
    }
    if (inputs.isEmpty()) {
      inv.err(PathNames.base(inv.name()) + ": fatal error: no input files\ncompilation terminated.\n");
      return 1;
    }
    TreeWriter w = new TreeWriter(inv);
    if (compileOnly) {
      for (String in : inputs) {
        String obj = out.isEmpty() ? PathNames.base(in).replaceFirst("\\.[^.]+$", ".o") : out;
        w.file(inv.resolve(obj), Math.max(1000, inv.fs().statFollow(inv.resolve(in)).map(e -> e.size()).orElse(0L) * 3 / 2), 0644);
      }
    } else {
      Linkage linkage = isStatic ? Linkage.STATIC
          : FsText.exists(inv, "/lib/ld-musl-x86_64.so.1") ? Linkage.DYNAMIC_MUSL : Linkage.DYNAMIC_GLIBC;
      long size = 16_000 + 2 * bytes + (isStatic ? 800_000 : 0);
      String path = inv.resolve(out.isEmpty() ? "a.out" : out);
      w.put(path, linkage.content(size, path + ":" + bytes + ":" + isStatic), 0755);
    }
    Costs.charge(inv, "cc", w.written());
    return 0;
  }
}
