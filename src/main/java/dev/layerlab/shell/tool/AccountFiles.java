package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * /etc/passwd, /etc/group (and /etc/shadow, /etc/gshadow when the image has them) as the account tools
 * edit them, plus the next free ids: users and groups from 1000 up, system ones from 999 down (Debian's
 * login.defs; busybox picks the same ranges).
 */
final class AccountFiles {
  private final Invocation inv;

  AccountFiles(Invocation inv) {
    this.inv = inv;
  }

  Users users() {
    return inv.users();
  }

  boolean userExists(String name) {
    return users().uid(name).isPresent();
  }

  boolean groupExists(String name) {
    return users().gid(name).isPresent();
  }

  int nextUid(boolean system) {
    return next(1, system);
  }

  int nextGid(boolean system) {
    return next(3, system);
  }

  private int next(int which, boolean system) {
    List<Integer> used = new ArrayList<>();
    String file = which == 1 ? "/etc/passwd" : "/etc/group";
    int col = which == 1 ? 2 : 2;
    for (String line : FsText.read(inv, file).orElse("").split("\n")) {
      String[] f = line.split(":");
      if (f.length > col) {
        try {
          used.add(Integer.parseInt(f[col]));
        } catch (NumberFormatException e) {
          // a malformed line takes no id
        }
      }
    }
    if (system) {
      int id = 999;
      while (used.contains(id)) {
        id--;
      }
      return id;
    }
    int id = 1000;
    while (used.contains(id)) {
      id++;
    }
    return id;
  }

  void addUser(String name, int uid, int gid, String home, String shell) {
    append("/etc/passwd", name + ":x:" + uid + ":" + gid + "::" + home + ":" + shell);
    appendIfPresent("/etc/shadow", name + ":!:19700:0:99999:7:::");
  }

  void addGroup(String name, int gid) {
    append("/etc/group", name + ":x:" + gid + ":");
    appendIfPresent("/etc/gshadow", name + ":!::");
  }

  /** Adds {@code user} to the member list of {@code group}. */
  void addMember(String group, String user) {
    List<String> out = new ArrayList<>();
    for (String line : FsText.read(inv, "/etc/group").orElse("").split("\n")) {
      if (line.startsWith(group + ":")) {
        line = line + (line.endsWith(":") ? "" : ",") + user;
      }
      out.add(line);
    }
    write("/etc/group", String.join("\n", out) + "\n");
  }

  OptionalInt gidOf(String group) {
    return group.matches("\\d+") ? OptionalInt.of(Integer.parseInt(group)) : users().gid(group);
  }

  /** The home directory, owned by the new user, with Debian's /etc/skel files when there are any. */
  void makeHome(String home, int uid, int gid) {
    inv.fs().mkdirs(dev.layerlab.shell.PathNames.parent(home), 0755, 0, 0);
    if (!FsText.exists(inv, home)) {
      inv.fs().mkdir(home, 0755, uid, gid);
    }
    for (String skel : FsText.list(inv, "/etc/skel")) {
      if (inv.fs().stat("/etc/skel/" + skel).map(e -> e.isFile()).orElse(false)) {
        inv.fs().writeFile(home + "/" + skel, inv.fs().content("/etc/skel/" + skel), 0644, uid, gid);
      }
    }
  }

  private void append(String path, String line) {
    String text = FsText.read(inv, path).orElse("");
    write(path, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + line + "\n");
  }

  private void appendIfPresent(String path, String line) {
    if (FsText.exists(inv, path)) {
      append(path, line);
    }
  }

  private void write(String path, String text) {
    int mode = inv.fs().stat(path).map(e -> e.mode()).orElse(0644);
    inv.fs().mkdirs("/etc", 0755, 0, 0);
    inv.fs().writeFile(path, Content.of(text), mode, 0, 0);
  }
}
