package dev.layerlab.shell.applet;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import dev.layerlab.shell.Users;

/** {@code id [-u|-g] [-n]} and {@code whoami}, from the RUN's USER and /etc/passwd. */
final class Id implements Program {
  private final boolean whoami;

  Id(boolean whoami) {
    this.whoami = whoami;
  }

  @Override
  public int run(Invocation inv) {
    Users users = inv.users();
    String user = users.userName(inv.uid()).orElse(inv.uid() == 0 ? "root" : null);
    String group = users.groupName(inv.gid()).orElse(inv.gid() == 0 ? "root" : null);
    if (whoami) {
      if (user == null) {
        return inv.fail("unknown uid " + inv.uid());
      }
      inv.out(user + "\n");
      return 0;
    }
    Options o = Options.parse(inv.args(), "ugnGr", "");
    if (o.has('u') || o.has('g')) {
      boolean u = o.has('u');
      String name = u ? user : group;
      int id = u ? inv.uid() : inv.gid();
      inv.out((o.has('n') && name != null ? name : Integer.toString(id)) + "\n");
      return 0;
    }
    // busybox prints groups= only when the process has supplementary groups; runc gives it those
    // /etc/group lists the user in (none for a bare uid), as the real builder's `id` shows.
    java.util.List<Integer> groups = user == null ? java.util.List.of() : users.memberOf(user);
    StringBuilder line = new StringBuilder("uid=" + inv.uid() + named(user) + " gid=" + inv.gid() + named(group));
    for (int i = 0; i < groups.size(); i++) {
      int g = groups.get(i);
      line.append(i == 0 ? " groups=" : ",").append(g).append(named(users.groupName(g).orElse(null)));
    }
    inv.out(line + "\n");
    return 0;
  }

  private static String named(String name) {
    return name == null ? "" : "(" + name + ")";
  }
}
