package dev.layerlab.shell;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.SimFs;
import java.util.Optional;

/** Finds a program the way execvp does: a name with a slash as is, otherwise along PATH. */
final class PathLookup {
  private PathLookup() {}

  static Optional<String> find(SimFs fs, String path, String cwd, String name) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    if (name.contains("/")) {
      String p = PathNames.resolve(cwd, name);
      return isRunnable(fs, p) ? Optional.of(p) : Optional.empty();
    }
    for (String dir : path.split(":")) {
      String p = PathNames.resolve(cwd, (dir.isEmpty() ? "." : dir) + "/" + name);
      if (isRunnable(fs, p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean isRunnable(SimFs fs, String path) {
    return fs.statFollow(path).map(Entry::isFile).orElse(false);
  }
}
