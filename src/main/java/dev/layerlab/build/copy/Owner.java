package dev.layerlab.build.copy;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.fs.SimFs;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The uid and gid a {@code --chown=user[:group]} gives, names looked up in the DESTINATION's
 * {@code /etc/passwd} and {@code /etc/group}. BuildKit ({@code solver/llbsolver/file/user_linux.go
 * readUser}): a numeric user alone also sets the gid to the same number; a user name alone takes
 * the user's primary group from {@code /etc/passwd}; a group always wins when given.
 */
record Owner(int uid, int gid) {
  static final Owner ROOT = new Owner(0, 0);

  static Owner resolve(Optional<String> chown, SimFs dest) {
    if (chown.isEmpty() || chown.get().isEmpty()) {
      return ROOT;
    }
    String spec = chown.get();
    int colon = spec.indexOf(':');
    String user = colon < 0 ? spec : spec.substring(0, colon);
    Owner owner = user(user, dest);
    if (colon < 0 || colon == spec.length() - 1) {
      return owner;
    }
    return new Owner(owner.uid, group(spec.substring(colon + 1), dest));
  }

  private static Owner user(String user, SimFs dest) {
    if (user.isEmpty()) {
      return ROOT;
    }
    Optional<Integer> numeric = number(user);
    if (numeric.isPresent()) {
      return new Owner(numeric.get(), numeric.get());
    }
    for (String[] f : records(dest, "/etc/passwd")) {
      if (f.length >= 4 && f[0].equals(user)) {
        return new Owner(number(f[2]).orElse(0), number(f[3]).orElse(0));
      }
    }
    throw unknown("can't find uid for user " + user + ": no such user: " + user);
  }

  private static int group(String group, SimFs dest) {
    Optional<Integer> numeric = number(group);
    if (numeric.isPresent()) {
      return numeric.get();
    }
    for (String[] f : records(dest, "/etc/group")) {
      if (f.length >= 3 && f[0].equals(group)) {
        return number(f[2]).orElse(0);
      }
    }
    throw unknown("can't find gid for group " + group + ": no such group: " + group);
  }

  private static CopyException unknown(String detail) {
    return new CopyException(CopyException.Kind.UNKNOWN_OWNER,
        "unable to convert uid/gid chown string to host mapping: " + detail);
  }

  private static Optional<Integer> number(String s) {
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 10) {
      return Optional.empty();
    }
    long v = Long.parseLong(s);
    return v <= Integer.MAX_VALUE ? Optional.of((int) v) : Optional.empty();
  }

  private static String[][] records(SimFs fs, String path) {
    try {
      Content c = fs.content(path);
      if (!(c instanceof Content.Bytes b)) {
        return new String[0][];
      }
      return new String(b.bytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split(":", -1)).toArray(String[][]::new);
    } catch (FsException e) {
      return new String[0][];
    }
  }
}
