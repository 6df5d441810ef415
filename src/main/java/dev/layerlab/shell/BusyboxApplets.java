package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;
import java.util.Set;

/**
 * When the shell is busybox itself, a command that is one of busybox's applets runs even if PATH has
 * no link for it, as busybox's standalone shell does. These are the applets layerlab models.
 */
final class BusyboxApplets {
  static final Set<String> NAMES = Set.of("cat", "mkdir", "rm", "cp", "mv", "ln", "touch", "chmod", "chown", "chgrp",
      "dd", "truncate", "head", "tail", "ls", "find", "tar", "sleep", "env", "id", "whoami", "wc", "sed", "grep",
      "egrep", "sort", "uniq", "basename", "dirname", "mktemp", "which", "du", "uname", "tee", "seq", "xargs", "cut",
      "tr", "date", "stat", "install", "readlink", "realpath", "hostname", "nproc", "echo", "printf", "test", "[",
      "true", "false", "pwd", "ash", "sh");

  private BusyboxApplets() {}

  /** True when {@code shellPath} is busybox (a link to it, or the binary) and {@code name} is a modelled applet. */
  static boolean standalone(SimFs fs, String shellPath, String name) {
    if (!NAMES.contains(name)) {
      return false;
    }
    try {
      String real = fs.resolve(shellPath);
      return PathNames.base(real).equals("busybox") && fs.statFollow(real).map(e -> e.isFile()).orElse(false);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
