package dev.layerlab.shell.tool;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;

/**
 * What a package manager prints when the USER may not write where it installs — the classic failure of
 * a RUN after {@code USER node} in a root-owned WORKDIR. The texts and statuses are the tools' own:
 * npm's EACCES report (status 243, npm 9/10), pip's OSError, apt's lock messages (100), apk's (99).
 * Other programs print the path and the errno text.
 */
final class PermissionDenied {
  private PermissionDenied() {}

  static int report(String tool, FsException e, Invocation inv) {
    String path = e.path();
    switch (tool) {
      case "npm", "npx", "yarn", "pnpm" -> {
        inv.err("npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path " + path + "\nnpm ERR! errno -13\n"
            + "npm ERR! Error: EACCES: permission denied, mkdir '" + path + "'\n");
        return 243;
      }
      case "pip", "pip3" -> {
        inv.err("ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '" + path
            + "'\nConsider using the `--user` option or check the permissions.\n\n");
        return 1;
      }
      case "apt-get", "apt" -> {
        inv.err("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n"
            + "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n");
        return 100;
      }
      case "apk" -> {
        inv.err("ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: "
            + "Permission denied\n");
        return 99;
      }
      default -> {
        inv.err(tool + ": " + e.getMessage() + "\n");
        return 1;
      }
    }
  }
}
