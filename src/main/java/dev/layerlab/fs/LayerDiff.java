package dev.layerlab.fs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The change set of one step, as the layer tar stores it.
 *
 * @param entries in tar order: parents before children, lexical
 */
public record LayerDiff(List<DiffEntry> entries) {

  public static final LayerDiff EMPTY = new LayerDiff(List.of());

  public LayerDiff {
    entries = List.copyOf(entries);
  }

  /** A diff of the given entries, put in tar order. */
  public static LayerDiff sorted(Collection<DiffEntry> entries) {
    List<DiffEntry> list = new ArrayList<>(entries);
    list.sort(TarOrder.ENTRIES);
    return new LayerDiff(list);
  }

  /**
   * The size {@code docker history} shows: regular files' content plus symlink target lengths.
   * Directories, whiteouts and second hardlink names count 0.
   */
  public long size() {
    long total = 0;
    for (DiffEntry e : entries) {
      total += e.size();
    }
    return total;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
