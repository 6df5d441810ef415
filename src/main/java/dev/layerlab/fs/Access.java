package dev.layerlab.fs;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who a RUN command runs as, and the permission checks the kernel makes for that user: creating,
 * removing or renaming an entry needs write and search permission on its directory (and, in a sticky
 * directory, ownership of the entry); writing a file needs write permission on it; chmod needs
 * ownership; giving a file away needs root. Root passes every check. Recorded: with {@code USER
 * 1000:1000}, the legacy builder's root-owned WORKDIR makes {@code touch /data/sub/f} fail with
 * "Permission denied", where BuildKit's WORKDIR, owned by the user, lets it pass.
 *
 * @param uid the user's id
 * @param gid the user's primary group (supplementary groups are not modelled)
 */
record Access(int uid, int gid) {
  static final Access ROOT = new Access(0, 0);
  private static final int W = 2;
  private static final int X = 1;

  boolean root() {
    return uid == 0;
  }

  /** May add or remove names in the directory {@code dir} (looked up only for a user that is not root). */
  void mayChange(Supplier<Optional<Node>> dir, String given) {
    if (root()) {
      return;
    }
    Optional<Node> d = dir.get();
    if (d.isPresent() && !grants(d.get(), W | X)) {
      throw new FsException(FsException.Kind.ACCESS, given);
    }
  }

  /** May remove {@code entry} from {@code dir}: change the directory and, if it is sticky, own one of them. */
  void mayRemove(Supplier<Optional<Node>> dir, Node entry, String given) {
    if (root()) {
      return;
    }
    mayChange(dir, given);
    Optional<Node> d = dir.get();
    boolean sticky = d.map(n -> (n.mode() & 01000) != 0).orElse(false);
    if (sticky && entry.uid() != uid && d.get().uid() != uid) {
      throw new FsException(FsException.Kind.NOT_PERMITTED, given);
    }
  }

  /** May write the file's content. */
  void mayWrite(Node file, String given) {
    if (!root() && !grants(file, W)) {
      throw new FsException(FsException.Kind.ACCESS, given);
    }
  }

  /** May set times on it ({@code touch}): own it or be able to write it. */
  void mayTouch(Node n, String given) {
    if (!root() && n.uid() != uid && !grants(n, W)) {
      throw new FsException(FsException.Kind.ACCESS, given);
    }
  }

  /** May change its mode: only its owner. */
  void mayChmod(Node n, String given) {
    if (!root() && n.uid() != uid) {
      throw new FsException(FsException.Kind.NOT_PERMITTED, given);
    }
  }

  /** May change its owner or group: root, or its owner keeping the owner and choosing its own group. */
  void mayChown(Node n, int newUid, int newGid, String given) {
    boolean same = newUid == n.uid() && newGid == n.gid();
    boolean ownGroup = n.uid() == uid && newUid == n.uid() && newGid == gid;
    if (!root() && !same && !ownGroup) {
      throw new FsException(FsException.Kind.NOT_PERMITTED, given);
    }
  }

  private boolean grants(Node n, int bits) {
    int shift = n.uid() == uid ? 6 : n.gid() == gid ? 3 : 0;
    return ((n.mode() >> shift) & bits) == bits;
  }
}
