package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cmake [-S SRC] [-B BUILD] [SRC]} configures: reads {@code add_executable(NAME sources…)} from
 * CMakeLists.txt and writes {@code CMakeCache.txt} and a Makefile that compiles them with {@code cc}/
 * {@code c++}; {@code cmake --build DIR} runs that Makefile ({@link Make}).
 */
final class CMake implements Program {
  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    int build = args.indexOf("--build");
    if (build >= 0) {
      String dir = build + 1 < args.size() ? args.get(build + 1) : ".";
      return inv.run(List.of("make", "-C", inv.resolve(dir)), inv.io());
    }
    String src = value(args, "-S").orElse(args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("."));
    String bin = value(args, "-B").orElse(".");
    String srcDir = inv.resolve(src);
    Optional<String> lists = FsText.read(inv, srcDir + "/CMakeLists.txt");
    if (lists.isEmpty()) {
      inv.err("CMake Error: The source directory \"" + srcDir + "\" does not appear to contain CMakeLists.txt.\n");
      return 1;
    }
    StringBuilder makefile = new StringBuilder();
    StringBuilder all = new StringBuilder("all:");
    Matcher m = Pattern.compile("add_executable\\(\\s*(\\S+)\\s+([^)]*)\\)").matcher(lists.get());
    while (m.find()) {
      String sources = String.join(" ", List.of(m.group(2).trim().split("\\s+")).stream().map(s -> srcDir + "/" + s).toList());
      String compiler = sources.matches(".*\\.(cpp|cc|cxx)\\b.*") ? "c++" : "cc";
      all.append(' ').append(m.group(1));
      makefile.append(m.group(1)).append(":\n\t").append(compiler).append(" -O2 -o ").append(m.group(1)).append(' ').append(sources).append('\n');
    }
    String binDir = inv.resolve(bin);
    TreeWriter w = new TreeWriter(inv);
    w.text(binDir + "/Makefile", all + "\n" + makefile);
    w.text(binDir + "/CMakeCache.txt", "CMAKE_HOME_DIRECTORY:INTERNAL=" + srcDir + "\nCMAKE_BUILD_TYPE:STRING=Release\n");
    w.fill(binDir + "/CMakeFiles", "cmake", 10, 60_000, ".cmake");
    inv.out("-- Configuring done\n-- Generating done\n-- Build files have been written to: " + binDir + "\n");
    Costs.charge(inv, "cc", w.written());
    return 0;
  }

  private static Optional<String> value(List<String> args, String flag) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(flag) && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1));
      }
      if (args.get(i).startsWith(flag) && args.get(i).length() > flag.length()) {
        return Optional.of(args.get(i).substring(flag.length()));
      }
    }
    return Optional.empty();
  }
}
