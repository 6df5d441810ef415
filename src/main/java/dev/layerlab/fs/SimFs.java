package dev.layerlab.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mutable root filesystem of one build stage, on jimfs. Paths are absolute POSIX strings; parent
 * components are resolved through symlinks as the kernel does, so {@code /lib/x} on a usrmerge image
 * is {@code /usr/lib/x}, and every result (stat paths, diff entries) names the physical path.
 *
 * <p>Mutations between {@link #beginStep()} and {@link #endStep()} are journaled; the step's {@link
 * LayerDiff} then costs what the step touched, not the size of the tree. Outside a step (replaying
 * cached layers with {@link #apply}) nothing is journaled. Not thread-safe: one stage, one thread.
 */
public final class SimFs {
  private final Store store;
  private final Resolver resolver;
  private final Journal journal = new Journal();
  private final Mutations mutations;
  private int lastExamined;

  private SimFs(Store store, long treeSize) {
    this.store = store;
    this.resolver = new Resolver(store);
    this.mutations = new Mutations(store, resolver, journal, treeSize);
  }

  /** An empty root {@code /}, mode 0755, owned by root. */
  public static SimFs create() {
    return new SimFs(new Store(), 0);
  }

  /** An independent deep copy, not inside a step (for {@code FROM <earlier stage>}). */
  public SimFs copy() {
    SimFs copy = new SimFs(new Store(), treeSize());
    TreeCopier.copy(this, copy.store);
    return copy;
  }

  // ---- queries ----

  /** The entry at the path itself, a symlink not followed; empty if it or a parent is missing. */
  public Optional<Entry> stat(String path) {
    return lookup(path, false);
  }

  /** The entry the path leads to, symlinks followed. */
  public Optional<Entry> statFollow(String path) {
    return lookup(path, true);
  }

  /** The physical path, every symlink followed (a missing last component is kept as is). */
  public String resolve(String path) {
    return resolver.resolve(path, true);
  }

  public boolean exists(String path) {
    return statFollow(path).isPresent();
  }

  /** The names in a directory, sorted. */
  public List<String> list(String dir) {
    String p = resolver.resolve(dir, true);
    Node n = mutations.require(p, dir);
    if (n.type() != EntryType.DIR) {
      throw new FsException(FsException.Kind.NOT_A_DIRECTORY, dir);
    }
    return store.children(p);
  }

  public Content content(String path) {
    String p = resolver.resolve(path, true);
    Node n = mutations.require(p, path);
    if (n.type() == EntryType.DIR) {
      throw new FsException(FsException.Kind.IS_A_DIRECTORY, path);
    }
    return store.content(p);
  }

  /**
   * The file's bytes. A synthetic file yields deterministic stand-in bytes if it is at most 1 MiB;
   * a bigger one has none to give ({@link FsException.Kind#TOO_BIG}).
   */
  public byte[] readBytes(String path) {
    Content c = content(path);
    if (c instanceof Content.Bytes b) {
      return b.bytes();
    }
    if (c.size() > Content.MAX_REAL_BYTES) {
      throw new FsException(FsException.Kind.TOO_BIG, path);
    }
    return ((Content.Synthetic) c).pseudoBytes();
  }

  /** The directory and everything below it, in tar order; symlinks are listed, not followed. */
  public Stream<Entry> walk(String dir) {
    String p = resolver.resolve(dir, true);
    mutations.require(p, dir);
    List<Entry> out = new ArrayList<>();
    walkInto(p, out);
    return out.stream();
  }

  /** Sum of file sizes (each inode once) and symlink target lengths, like {@code du -b}: O(1). */
  public long treeSize() {
    return mutations.treeSize();
  }

  // ---- mutations ----

  public void mkdir(String path, int mode, int uid, int gid) {
    mutations.mkdir(path, mode, uid, gid);
  }

  /** Like {@code mkdir -p}: creates missing parents with the same metadata; existing dirs untouched. */
  public void mkdirs(String path, int mode, int uid, int gid) {
    mutations.mkdirs(path, mode, uid, gid);
  }

  /** Creates the file, or replaces the content and metadata of the existing one (same inode). */
  public void writeFile(String path, Content content, int mode, int uid, int gid) {
    mutations.writeFile(path, content, mode, uid, gid);
  }

  /** Appends to an existing file ({@code >>}); a missing file is NOT_FOUND, create it first. */
  public void append(String path, Content content) {
    mutations.append(path, content);
  }

  public void symlink(String path, String target, int uid, int gid) {
    mutations.symlink(path, target, uid, gid);
  }

  /** A second name for the regular file at {@code existingPath}. */
  public void hardlink(String path, String existingPath) {
    mutations.hardlink(path, existingPath);
  }

  /** Removes a file, symlink or empty directory. */
  public void delete(String path) {
    mutations.delete(path);
  }

  /** Removes the path and, for a directory, everything below it ({@code rm -r}). */
  public void deleteRecursive(String path) {
    mutations.deleteRecursive(path);
  }

  /** Sets the mode of what the path leads to (symlinks followed). */
  public void chmod(String path, int mode) {
    mutations.chmod(path, mode);
  }

  /** Sets owner and group of what the path leads to (symlinks followed). */
  public void chown(String path, int uid, int gid) {
    mutations.chown(path, uid, gid, true);
  }

  /** Sets owner and group of the path itself ({@code chown -h}). */
  public void lchown(String path, int uid, int gid) {
    mutations.chown(path, uid, gid, false);
  }

  public void rename(String from, String to) {
    mutations.rename(from, to);
  }

  /**
   * Like {@code touch}: an existing path gets a metadata change, which under overlayfs copies it up
   * into the layer whole (moby/moby#47399); a missing one becomes an empty 0644 file owned by root.
   */
  public void touch(String path) {
    mutations.touch(path);
  }

  /** Lays a layer onto the tree: opaque markers first, then whiteouts, then the entries in order. */
  public void apply(LayerDiff diff) {
    new LayerApplier(this).apply(diff);
  }

  /**
   * Checks every later change as the user {@code uid:gid} would be checked (the kernel's permission
   * rules, see {@link Access}); {@code 0} is root and passes every check. For the span of a RUN.
   */
  public void actAs(int uid, int gid) {
    mutations.actAs(new Access(uid, gid));
  }

  /** See {@link Mutations#createNew}: the fast path of laying down a layer outside a step. */
  boolean createNew(String path, DiffEntry e) {
    return mutations.createNew(path, e);
  }

  // ---- the journal ----

  /** Starts journaling a step. */
  public void beginStep() {
    journal.begin();
  }

  public boolean inStep() {
    return journal.active();
  }

  /** Ends the step and returns what its layer holds. */
  public LayerDiff endStep() {
    if (!journal.active()) {
      throw new IllegalStateException("no step is open");
    }
    DiffBuilder builder = new DiffBuilder(store, journal);
    LayerDiff diff = builder.build();
    lastExamined = builder.examined();
    journal.end();
    return diff;
  }

  /** How many journal entries and parents the last {@link #endStep()} looked at. */
  int lastDiffExamined() {
    return lastExamined;
  }

  Store store() {
    return store;
  }

  private Optional<Entry> lookup(String path, boolean follow) {
    String p;
    try {
      p = resolver.resolve(path, follow);
    } catch (FsException e) {
      if (e.kind() == FsException.Kind.LOOP) {
        throw e;
      }
      return Optional.empty();
    }
    return store.node(p).map(n -> entry(p, n));
  }

  private Entry entry(String p, Node n) {
    Optional<Content> content =
        n.type() == EntryType.FILE ? Optional.of(store.content(p)) : Optional.empty();
    Optional<String> link =
        n.type() == EntryType.SYMLINK ? Optional.of(store.linkTarget(p)) : Optional.empty();
    return new Entry(p, n.type(), n.mode(), n.uid(), n.gid(), n.size(), content, link);
  }

  private void walkInto(String p, List<Entry> out) {
    Node n = store.node(p).orElseThrow();
    out.add(entry(p, n));
    if (n.type() == EntryType.DIR) {
      for (String child : store.children(p)) {
        walkInto(p.equals("/") ? "/" + child : p + "/" + child, out);
      }
    }
  }
}
