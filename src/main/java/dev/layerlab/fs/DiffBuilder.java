package dev.layerlab.fs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a step's {@link LayerDiff} from its journal, looking only at the touched paths and their
 * parents, never at the rest of the tree. The rules are those of an overlay2 upper directory written
 * out by a tar writer that includes parents (reference §7).
 */
final class DiffBuilder {
  private final Store store;
  private final Journal journal;
  private final Map<String, DiffEntry> entries = new HashMap<>();
  private final Map<String, Object> inodes = new HashMap<>();
  private final Set<String> parentsListed = new HashSet<>();
  private int examined;

  DiffBuilder(Store store, Journal journal) {
    this.store = store;
    this.journal = journal;
  }

  LayerDiff build() {
    for (var touched : journal.touched().entrySet()) {
      examined++;
      visit(touched.getKey(), touched.getValue());
    }
    // The map is keyed by each entry's tar-order key already: sort by those keys, not recompute them.
    List<DiffEntry> sorted = new ArrayList<>(new java.util.TreeMap<>(entries).values());
    return new LayerDiff(linkSecondNames(sorted));
  }

  /** Journal entries and parent directories looked at: the cost of the last diff. */
  int examined() {
    return examined;
  }

  private void visit(String path, Optional<EntryType> before) {
    Optional<Node> now = store.node(path);
    boolean underFresh = freshAncestor(path);
    if (now.isPresent()) {
      add(path, now.get());
      if (now.get().type() == EntryType.DIR && journal.wasRemovedDir(path) && !underFresh) {
        put(DiffEntry.opaque(Resolver.relative(path)), path);
      }
    } else if (before.isPresent() && !underFresh) {
      put(DiffEntry.whiteout(Resolver.relative(path)), path);
    }
  }

  private boolean freshAncestor(String path) {
    for (String a = Resolver.parent(path); !a.equals("/"); a = Resolver.parent(a)) {
      examined++;
      if (journal.fresh(a)) {
        return true;
      }
    }
    return false;
  }

  private void add(String path, Node n) {
    String rel = Resolver.relative(path);
    DiffEntry e = switch (n.type()) {
      case DIR -> DiffEntry.dir(rel, n.mode(), n.uid(), n.gid());
      case SYMLINK -> DiffEntry.symlink(rel, store.linkTarget(path), n.uid(), n.gid());
      case FILE -> DiffEntry.file(rel, store.content(path), n.mode(), n.uid(), n.gid());
    };
    if (n.type() == EntryType.FILE && n.links() > 1) {
      inodes.put(rel, n.inode());
    }
    put(e, path);
  }

  /** Adds the entry and lists every parent directory up to (not including) the root. */
  private void put(DiffEntry e, String path) {
    entries.put(TarOrder.key(e), e);
    String dir = e.type() == DiffType.OPAQUE ? path : Resolver.parent(path);
    while (!dir.equals("/") && parentsListed.add(dir)) {
      examined++;
      String key = TarOrder.key(Resolver.relative(dir));
      if (!entries.containsKey(key)) {
        Node n = store.node(dir).orElseThrow();
        entries.put(key, DiffEntry.dir(Resolver.relative(dir), n.mode(), n.uid(), n.gid()));
      }
      dir = Resolver.parent(dir);
    }
  }

  /**
   * A tar writer stores an inode's bytes once: the first name in tar order is a FILE, later names in
   * the same layer are HARDLINKs to it.
   */
  private List<DiffEntry> linkSecondNames(List<DiffEntry> sorted) {
    Map<Object, String> first = new HashMap<>();
    List<DiffEntry> out = new ArrayList<>(sorted.size());
    for (DiffEntry e : sorted) {
      Object inode = inodes.get(e.path());
      String firstName = inode == null ? null : first.putIfAbsent(inode, e.path());
      out.add(firstName == null ? e
          : DiffEntry.hardlink(e.path(), firstName, e.mode(), e.uid(), e.gid()));
    }
    return out;
  }
}
