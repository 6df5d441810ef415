package dev.layerlab.analysis.start;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.util.Optional;

/** The USER check: a name (or group) must be in the image's passwd (or group) file; numbers need no entry. */
final class Users {
  private Users() {}

  static void check(SimFs fs, String spec, WillItStart report) {
    if (spec.isEmpty()) {
      report.pass("user", "root (no USER set)");
      return;
    }
    int colon = spec.indexOf(':');
    String user = colon < 0 ? spec : spec.substring(0, colon);
    Optional<String> group = colon < 0 ? Optional.empty() : Optional.of(spec.substring(colon + 1));
    if (!entry(fs, "/etc/passwd", user)) {
      report.fail("user " + user, "no entry in /etc/passwd",
          "unable to find user " + user + ": no matching entries in passwd file");
      return;
    }
    report.pass("user " + user, numeric(user) ? "numeric, needs no passwd entry" : "in /etc/passwd");
    if (group.isPresent() && !entry(fs, "/etc/group", group.get())) {
      report.fail("group " + group.get(), "no entry in /etc/group",
          "unable to find group " + group.get() + ": no matching entries in group file");
    }
  }

  private static boolean entry(SimFs fs, String file, String name) {
    if (numeric(name)) {
      return true;
    }
    Optional<Content> c = fs.statFollow(file).flatMap(e -> e.content());
    if (c.isEmpty() || !(c.get() instanceof Content.Bytes b)) {
      return false;
    }
    return b.utf8().lines().anyMatch(l -> l.startsWith(name + ":"));
  }

  private static boolean numeric(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
