package dev.layerlab.fs;

import java.nio.file.attribute.PosixFilePermissions;

/** Converts between mode bits and the nine posix permissions. */
final class PermissionBits {
  private PermissionBits() {}

  static int of(java.util.Set<java.nio.file.attribute.PosixFilePermission> perms) {
    int mode = 0;
    for (var p : perms) {
      mode |= 0400 >> p.ordinal(); // the enum runs OWNER_READ … OTHERS_EXECUTE, high bit first
    }
    return mode;
  }

  static java.util.Set<java.nio.file.attribute.PosixFilePermission> toSet(int mode) {
    var set = PosixFilePermissions.fromString("---------");
    for (var p : java.nio.file.attribute.PosixFilePermission.values()) {
      if ((mode & (0400 >> p.ordinal())) != 0) {
        set.add(p);
      }
    }
    return set;
  }
}
