package dev.layerlab.build;

import dev.layerlab.fs.SimFs;
import dev.layerlab.shell.Users;

/**
 * USER's {@code user[:group]} as the runtime resolves it against the image's /etc/passwd and
 * /etc/group: names are looked up, numbers are taken as they are, and without a group the user's
 * primary group applies (0 for a number /etc/passwd does not list).
 */
record UserSpec(int uid, int gid) {
  static UserSpec resolve(String spec, SimFs fs) {
    Users users = new Users(fs);
    int colon = spec.indexOf(':');
    String user = colon < 0 ? spec : spec.substring(0, colon);
    int uid = user.matches("\\d+") ? Integer.parseInt(user) : users.uid(user).orElse(0);
    if (colon >= 0) {
      String group = spec.substring(colon + 1);
      return new UserSpec(uid, group.matches("\\d+") ? Integer.parseInt(group) : users.gid(group).orElse(0));
    }
    int gid = users.primaryGid(user).orElse(users.userName(uid).flatMap(n -> {
      java.util.OptionalInt g = users.primaryGid(n);
      return g.isPresent() ? java.util.Optional.of(g.getAsInt()) : java.util.Optional.empty();
    }).orElse(0));
    return new UserSpec(uid, gid);
  }
}
