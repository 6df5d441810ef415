package dev.layerlab.analysis.start;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.util.List;
import java.util.Optional;

/** Scripts at start: a file's {@code #!} line, and the file an interpreter (node, python, npm) is asked to run. */
final class Scripts {
  private Scripts() {}

  static Optional<String> shebang(Content c) {
    if (c instanceof Content.Bytes b) {
      String text = b.utf8();
      if (text.startsWith("#!")) {
        int nl = text.indexOf('\n');
        return Optional.of(text.substring(2, nl < 0 ? text.length() : nl));
      }
    }
    return Optional.empty();
  }

  static void checkArgument(SimFs fs, List<String> argv, String program, String cwd, WillItStart report) {
    String base = program.substring(program.lastIndexOf('/') + 1);
    if (base.equals("npm") && argv.size() > 1 && List.of("start", "run", "run-script").contains(argv.get(1))) {
      String pkg = cwd + "/package.json";
      file(fs, pkg, "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '"
          + pkg + "'", ExitStatus.NPM_ENOENT, report);
      return;
    }
    if (argv.size() < 2 || argv.get(1).startsWith("-")) {
      return;
    }
    String arg = argv.get(1);
    String abs = arg.startsWith("/") ? arg : cwd + "/" + arg;
    if (base.equals("node") || base.equals("nodejs")) {
      // node tries the path as given, then with .js added; the error names the path as given.
      String found = fs.exists(abs + ".js") && !fs.exists(abs) ? abs + ".js" : abs;
      file(fs, found, "Error: Cannot find module '" + abs + "'", ExitStatus.NODE_ERROR, report);
    } else if (base.startsWith("python")) {
      file(fs, abs, base + ": can't open file '" + abs + "': [Errno 2] No such file or directory",
          ExitStatus.PYTHON_USAGE, report);
    }
  }

  private static void file(SimFs fs, String path, String error, int status, WillItStart report) {
    if (fs.statFollow(path).filter(e -> e.isFile()).isPresent()) {
      report.pass("file " + path, "exists");
    } else {
      report.fail("file " + path, "missing", error, status);
    }
  }
}
