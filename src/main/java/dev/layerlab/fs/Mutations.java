package dev.layerlab.fs;

import static dev.layerlab.fs.FsException.Kind.EXISTS;
import static dev.layerlab.fs.FsException.Kind.INVALID;
import static dev.layerlab.fs.FsException.Kind.IS_A_DIRECTORY;
import static dev.layerlab.fs.FsException.Kind.NOT_A_DIRECTORY;
import static dev.layerlab.fs.FsException.Kind.NOT_EMPTY;
import static dev.layerlab.fs.FsException.Kind.NOT_FOUND;
import static dev.layerlab.fs.FsException.Kind.NOT_PERMITTED;

import java.util.List;
import java.util.Optional;

/**
 * The mutations of a {@link SimFs}: check as the kernel would (with its errno), journal the touched
 * physical paths, keep the tree size, then change the store. A change to a directory's entries
 * (create, remove, rename inside it) journals the directory too: its mtime changes, so overlayfs
 * copies it up and the layer lists it.
 */
final class Mutations {
  private final Store store;
  private final Resolver resolver;
  private final Journal journal;
  private long treeSize;
  private Access access = Access.ROOT;

  Mutations(Store store, Resolver resolver, Journal journal, long treeSize) {
    this.store = store;
    this.resolver = resolver;
    this.journal = journal;
    this.treeSize = treeSize;
  }

  /** From now on, changes are checked as {@code access}'s user would be (see {@link Access}). */
  void actAs(Access access) {
    this.access = access;
  }

  long treeSize() {
    return treeSize;
  }

  Node require(String physical, String given) {
    return store.node(physical).orElseThrow(() -> new FsException(NOT_FOUND, given));
  }

  void mkdir(String path, int mode, int uid, int gid) {
    String p = resolver.resolve(path, false);
    creatable(p, path);
    created(p);
    store.createDir(p, mode, uid, gid);
  }

  void mkdirs(String path, int mode, int uid, int gid) {
    List<String> names = Resolver.components(path);
    StringBuilder logical = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      logical.append('/').append(names.get(i));
      String p = resolver.resolve(logical.toString(), true);
      Optional<Node> n = store.node(p);
      if (n.isEmpty()) {
        access.mayChange(() -> store.node(Resolver.parent(p)), logical.toString()); // the component it could not make
        created(p);
        store.createDir(p, mode, uid, gid);
      } else if (n.get().type() != EntryType.DIR) {
        throw new FsException(i == names.size() - 1 ? EXISTS : NOT_A_DIRECTORY, path);
      }
    }
  }

  void writeFile(String path, Content content, int mode, int uid, int gid) {
    String p = resolver.resolve(path, true);
    Optional<Node> n = store.node(p);
    if (n.isEmpty()) {
      creatable(p, path);
      created(p);
      store.createFile(p, content, mode, uid, gid);
      treeSize += content.size();
      return;
    }
    notDir(n.get(), path);
    access.mayWrite(n.get(), path);
    mark(p);
    treeSize += content.size() - n.get().size();
    store.writeContent(p, content);
    store.setMeta(p, mode, uid, gid);
  }

  void append(String path, Content tail) {
    String p = resolver.resolve(path, true);
    Node n = require(p, path);
    notDir(n, path);
    access.mayWrite(n, path);
    mark(p);
    store.writeContent(p, store.content(p).append(tail));
    treeSize += tail.size();
  }

  void symlink(String path, String target, int uid, int gid) {
    String p = resolver.resolve(path, false);
    creatable(p, path);
    created(p);
    store.createSymlink(p, target, uid, gid);
    treeSize += target.length();
  }

  /**
   * overlayfs links inside the upper layer, so it first copies the existing file up (ovl_link →
   * ovl_copy_up): both names are then in the layer, the first in tar order as the FILE with the
   * bytes, the other as a HARDLINK to it. Linking to a file of a lower layer thus stores its bytes
   * once more, under one of the two names.
   */
  void hardlink(String path, String existingPath) {
    String existing = resolver.resolve(existingPath, false);
    // jimfs links regular files only; ln without -L would link a symlink itself, which we do not model.
    if (require(existing, existingPath).type() != EntryType.FILE) {
      throw new FsException(NOT_PERMITTED, existingPath);
    }
    String p = resolver.resolve(path, false);
    creatable(p, path);
    created(p);
    mark(existing);
    store.link(p, existing);
  }

  void delete(String path) {
    String p = resolver.resolve(path, false);
    Node n = require(p, path);
    if (n.type() == EntryType.DIR && !store.children(p).isEmpty()) {
      throw new FsException(NOT_EMPTY, path);
    }
    access.mayRemove(() -> store.node(Resolver.parent(p)), n, path);
    remove(p, n);
  }

  /**
   * Only the top path is journaled: a removed lower directory becomes one {@code .wh.dir}, and
   * nothing below it needs an entry, so the step's diff does not grow with the subtree.
   */
  void deleteRecursive(String path) {
    String p = resolver.resolve(path, false);
    Node n = require(p, path);
    if (p.equals("/")) {
      throw new FsException(NOT_PERMITTED, path);
    }
    access.mayRemove(() -> store.node(Resolver.parent(p)), n, path);
    if (n.type() == EntryType.DIR) {
      mayPurge(p);
      purgeChildren(p);
    }
    remove(p, n);
  }

  void chmod(String path, int mode) {
    String p = resolver.resolve(path, true);
    access.mayChmod(require(p, path), path);
    mark(p);
    store.setMode(p, mode);
  }

  void chown(String path, int uid, int gid, boolean follow) {
    String p = resolver.resolve(path, follow);
    access.mayChown(require(p, path), uid, gid, path);
    mark(p);
    store.setOwner(p, uid, gid);
  }

  void touch(String path) {
    String p = resolver.resolve(path, true);
    Optional<Node> n = store.node(p);
    if (n.isEmpty()) {
      writeFile(p, Content.empty(), 0644, 0, 0);
    } else {
      access.mayTouch(n.get(), path);
      mark(p);
    }
  }

  void rename(String from, String to) {
    String src = resolver.resolve(from, false);
    Node n = require(src, from);
    String dst = resolver.resolve(to, false);
    if (src.equals(dst)) {
      return;
    }
    if (dst.startsWith(src + "/")) {
      throw new FsException(INVALID, to);
    }
    parentIsDir(dst, to);
    access.mayRemove(() -> store.node(Resolver.parent(src)), n, from);
    access.mayChange(() -> store.node(Resolver.parent(dst)), to);
    store.node(dst).ifPresent(old -> replaceable(n, old, dst, to));
    mark(src);
    journal.removing(src, n.type());
    mark(Resolver.parent(src));
    created(dst);
    store.move(src, dst);
    resolver.forget();
    if (n.type() == EntryType.DIR) {
      // Everything that arrives under the new name is new there, as overlayfs copies it (EXDEV).
      new TreeWalk(store).below(dst, d -> journal.touchAs(d, Optional.empty()));
    }
  }

  private void replaceable(Node moving, Node old, String dst, String given) {
    if (moving.type() == EntryType.DIR && old.type() != EntryType.DIR) {
      throw new FsException(NOT_A_DIRECTORY, given);
    }
    if (moving.type() != EntryType.DIR && old.type() == EntryType.DIR) {
      throw new FsException(IS_A_DIRECTORY, given);
    }
    if (old.type() == EntryType.DIR && !store.children(dst).isEmpty()) {
      throw new FsException(NOT_EMPTY, given);
    }
    remove(dst, old);
  }

  private void remove(String p, Node n) {
    if (p.equals("/")) {
      throw new FsException(NOT_PERMITTED, p);
    }
    mark(p);
    journal.removing(p, n.type());
    mark(Resolver.parent(p));
    shrink(n);
    store.remove(p);
    resolver.forget();
  }

  /**
   * Checks every directory of the subtree before anything goes: the journal records only the top
   * removal, so a removal that failed half way would leave the store and the layer apart.
   */
  private void mayPurge(String dir) {
    if (access.root()) {
      return;
    }
    access.mayChange(() -> store.node(dir), dir);
    for (String name : store.children(dir)) {
      String child = dir.equals("/") ? "/" + name : dir + "/" + name;
      if (store.type(child).filter(t -> t == EntryType.DIR).isPresent()) {
        mayPurge(child);
      }
    }
  }

  private void purgeChildren(String dir) {
    for (String name : store.children(dir)) {
      String child = dir.equals("/") ? "/" + name : dir + "/" + name;
      Node n = store.node(child).orElseThrow();
      if (n.type() == EntryType.DIR) {
        purgeChildren(child);
      }
      shrink(n);
      store.remove(child);
      resolver.forget();
    }
  }

  // An inode's bytes leave the tree with its last name.
  private void shrink(Node n) {
    if (n.type() == EntryType.SYMLINK || (n.type() == EntryType.FILE && n.links() == 1)) {
      treeSize -= n.size();
    }
  }

  /**
   * Creates the entry of a layer being laid down outside a step when nothing is at its path and its
   * parent is a directory: the common case of a base image on an empty tree, taken without resolving
   * the path component by component again. False, changing nothing, when the general path is needed.
   */
  boolean createNew(String path, DiffEntry e) {
    if (journal.active() || e.type() == DiffType.HARDLINK || store.type(path).isPresent()
        || store.type(Resolver.parent(path)).filter(t -> t == EntryType.DIR).isEmpty()) {
      return false;
    }
    switch (e.type()) {
      case DIR -> store.createDir(path, e.mode(), e.uid(), e.gid());
      case FILE -> {
        Content content = e.content().orElseThrow();
        store.createFile(path, content, e.mode(), e.uid(), e.gid());
        treeSize += content.size();
      }
      case SYMLINK -> {
        String target = e.link().orElseThrow();
        store.createSymlink(path, target, e.uid(), e.gid());
        treeSize += target.length();
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void mark(String physical) {
    journal.touch(physical, () -> store.type(physical));
  }

  private void created(String physical) {
    mark(physical);
    mark(Resolver.parent(physical));
  }

  private void creatable(String p, String given) {
    if (store.type(p).isPresent()) {
      throw new FsException(EXISTS, given);
    }
    parentIsDir(p, given);
    access.mayChange(() -> store.node(Resolver.parent(p)), given);
  }

  private void parentIsDir(String p, String given) {
    Optional<EntryType> parent = store.type(Resolver.parent(p));
    if (parent.isEmpty()) {
      throw new FsException(NOT_FOUND, given);
    }
    if (parent.get() != EntryType.DIR) {
      throw new FsException(NOT_A_DIRECTORY, given);
    }
  }

  private static void notDir(Node n, String given) {
    if (n.type() == EntryType.DIR) {
      throw new FsException(IS_A_DIRECTORY, given);
    }
  }
}
