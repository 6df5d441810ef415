package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Set;

/**
 * {@code useradd}, {@code groupadd}, {@code usermod} (shadow, Debian) and {@code adduser}, {@code
 * addgroup} in both flavours: busybox ({@code adduser -D -u 1000 -G app app}, {@code addgroup -S app},
 * {@code addgroup USER GROUP}) when the program is busybox, Debian's (GNU long options, {@code
 * --disabled-password --gecos ""}) otherwise. Debian's useradd makes a home only with {@code -m};
 * busybox adduser always does unless {@code -H}. Existing names fail as the real tools do. Without
 * {@code -l} shadow's useradd also writes the login logs ({@link LoginLogs}).
 */
final class Accounts implements Program {
  @Override
  public int run(Invocation inv) {
    String tool = PathNames.base(inv.name());
    boolean busybox = inv.pathOf(inv.name()).map(p -> inv.fs().resolve(p).endsWith("busybox")).orElse(false);
    ToolArgs a = ToolArgs.parse(inv.args(), Set.of("u", "uid", "g", "gid", "G", "groups", "d", "home", "h", "s", "shell",
        "c", "comment", "gecos", "ingroup", "k", "K", "e", "p"));
    Costs.charge(inv, "accounts", 0);
    AccountFiles files = new AccountFiles(inv);
    return switch (tool) {
      case "groupadd" -> group(inv, files, a, "groupadd");
      case "addgroup" -> a.operands().size() == 2 ? member(inv, files, a.operands().get(1), a.operands().get(0))
          : group(inv, files, a, "addgroup");
      case "usermod" -> usermod(inv, files, a);
      default -> user(inv, files, a, tool, busybox);
    };
  }

  private int group(Invocation inv, AccountFiles files, ToolArgs a, String tool) {
    if (a.operands().isEmpty()) {
      return inv.fail("missing group name");
    }
    String name = a.operands().get(0);
    if (files.groupExists(name)) {
      inv.err(tool + ": group '" + name + "' already exists\n");
      return tool.equals("groupadd") ? 9 : 1;
    }
    boolean system = a.has("r", "system", "S");
    int gid = a.value("g").or(() -> a.value("gid")).map(Integer::parseInt).orElse(files.nextGid(system));
    files.addGroup(name, gid);
    return 0;
  }

  private int member(Invocation inv, AccountFiles files, String group, String user) {
    if (!files.groupExists(group)) {
      return inv.fail("unknown group " + group);
    }
    files.addMember(group, user);
    return 0;
  }

  private int user(Invocation inv, AccountFiles files, ToolArgs a, String tool, boolean busybox) {
    if (a.operands().isEmpty()) {
      return inv.fail("missing user name");
    }
    String name = a.operands().get(0);
    if (files.userExists(name)) {
      inv.err(tool + ": user '" + name + "' already exists\n");
      return tool.equals("useradd") ? 9 : 1;
    }
    boolean system = a.has("r", "system", "S");
    int uid = a.value("u").or(() -> a.value("uid")).map(Integer::parseInt).orElse(files.nextUid(system));
    String groupArg = busybox ? a.value("G").orElse("") : a.value("g").or(() -> a.value("gid")).or(() -> a.value("ingroup")).orElse("");
    int gid;
    if (!groupArg.isEmpty()) {
      if (files.gidOf(groupArg).isEmpty()) {
        inv.err(tool + ": group '" + groupArg + "' does not exist\n");
        return 6;
      }
      gid = files.gidOf(groupArg).getAsInt();
    } else if (a.has("N") || (system && tool.equals("useradd"))) {
      gid = system ? 65534 : 100;
    } else {
      gid = files.groupExists(name) ? files.gidOf(name).getAsInt() : uid;
      if (!files.groupExists(name)) {
        files.addGroup(name, gid);
      }
    }
    String home = a.value("d").or(() -> a.value("home")).or(() -> busybox ? a.value("h") : java.util.Optional.empty())
        .orElse(system && !busybox ? "/nonexistent" : "/home/" + name);
    String shell = a.value("s").or(() -> a.value("shell")).orElse(busybox ? "/bin/sh" : tool.equals("adduser") ? "/bin/bash" : "/bin/sh");
    if (resetsLogs(tool, busybox, a) && files.users().userName(uid).isEmpty()) {
      LoginLogs.reset(inv, uid);
    }
    files.addUser(name, uid, gid, home, system && !busybox ? "/usr/sbin/nologin" : shell);
    boolean makeHome = tool.equals("useradd") ? a.has("m", "create-home") : !a.has("H", "no-create-home") && !(system && !busybox);
    if (makeHome) {
      files.makeHome(home, uid, gid);
    }
    if (!busybox && !a.value("G").orElse("").isEmpty()) {
      List.of(a.value("G").get().split(",")).forEach(g -> files.addMember(g, name));
    }
    return 0;
  }

  /**
   * shadow's useradd resets the UID's lastlog and faillog records unless told {@code -l}; Debian's
   * adduser runs useradd without it. Busybox adduser keeps no such logs.
   */
  private static boolean resetsLogs(String tool, boolean busybox, ToolArgs a) {
    return !busybox && (tool.equals("adduser") || tool.equals("useradd") && !a.has("l", "no-log-init"));
  }

  private int usermod(Invocation inv, AccountFiles files, ToolArgs a) {
    if (a.operands().isEmpty() || !files.userExists(a.operands().get(0))) {
      inv.err("usermod: user '" + (a.operands().isEmpty() ? "" : a.operands().get(0)) + "' does not exist\n");
      return 6;
    }
    a.value("G").or(() -> a.value("groups")).ifPresent(g -> List.of(g.split(",")).forEach(x -> files.addMember(x, a.operands().get(0))));
    return 0;
  }
}
