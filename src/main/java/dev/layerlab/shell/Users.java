package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;
import dev.layerlab.fs.FsException;

import java.util.Optional;
import java.util.OptionalInt;

/** Looks users and groups up in the image's /etc/passwd and /etc/group. */
public final class Users {
  private final SimFs fs;

  public Users(SimFs fs) {
    this.fs = fs;
  }

  public OptionalInt uid(String user) {
    return field(passwd(), user, 0, 2);
  }

  /** The primary group of a user. */
  public OptionalInt primaryGid(String user) {
    return field(passwd(), user, 0, 3);
  }

  public OptionalInt gid(String group) {
    return field(groups(), group, 0, 2);
  }

  public Optional<String> userName(int uid) {
    return name(passwd(), uid);
  }

  public Optional<String> groupName(int gid) {
    return name(groups(), gid);
  }

  public Optional<String> home(String user) {
    for (String[] f : rows(passwd())) {
      if (f.length > 5 && f[0].equals(user)) {
        return Optional.of(f[5]);
      }
    }
    return Optional.empty();
  }

  /**
   * The supplementary groups a container process of this user gets: the groups in /etc/group that
   * list the user as a member, in file order (what runc gives a process).
   */
  public java.util.List<Integer> memberOf(String user) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (String[] f : rows(groups())) {
      if (f.length > 3 && java.util.Arrays.asList(f[3].split(",")).contains(user)) {
        try {
          out.add(Integer.parseInt(f[2]));
        } catch (NumberFormatException e) {
          // a malformed line is skipped, as getgrent skips it
        }
      }
    }
    return out;
  }

  private String passwd() {
    return file("/etc/passwd");
  }

  private String groups() {
    return file("/etc/group");
  }

  private String file(String path) {
    try {
      return ContentText.text(fs.content(path));
    } catch (FsException | ShellLimitException e) {
      return "";
    }
  }

  private static java.util.List<String[]> rows(String text) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(line.split(":", -1));
    }
    return out;
  }

  private static OptionalInt field(String text, String key, int keyCol, int col) {
    for (String[] f : rows(text)) {
      if (f.length > col && f[keyCol].equals(key)) {
        try {
          return OptionalInt.of(Integer.parseInt(f[col]));
        } catch (NumberFormatException e) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<String> name(String text, int id) {
    for (String[] f : rows(text)) {
      if (f.length > 2 && f[2].equals(Integer.toString(id))) {
        return Optional.of(f[0]);
      }
    }
    return Optional.empty();
  }
}
