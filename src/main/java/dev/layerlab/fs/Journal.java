package dev.layerlab.fs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The change journal of one step: for every physical path the step touched, what it was when first
 * touched. Only the kind of entry is kept (absent, file, dir, symlink): overlayfs copies a file up on
 * any write or metadata change, whatever the new value, so a touched path that still exists is in the
 * layer however little it changed, and the prior kind is all a diff needs (whiteout or not, opaque or
 * not).
 */
final class Journal {
  private boolean active;
  private final Map<String, Optional<EntryType>> prior = new HashMap<>();
  // Directories present at the start of the step that the step removed (rm -r, rename away). One that
  // exists again at the end was re-created: its lower children must be hidden by an opaque marker.
  private final Set<String> removedDirs = new HashSet<>();

  boolean active() {
    return active;
  }

  void begin() {
    if (active) {
      throw new IllegalStateException("a step is already open");
    }
    active = true;
  }

  void end() {
    active = false;
    prior.clear();
    removedDirs.clear();
  }

  /** Records the path's current kind, unless the step touched it before. */
  void touch(String path, Supplier<Optional<EntryType>> current) {
    if (active && !path.equals("/") && !prior.containsKey(path)) {
      prior.put(path, current.get());
    }
  }

  /** Records a prior kind known to the caller (a path that a rename brings into being). */
  void touchAs(String path, Optional<EntryType> before) {
    if (active) {
      prior.putIfAbsent(path, before);
    }
  }

  /** Notes that the (already touched) path is being removed. */
  void removing(String path, EntryType now) {
    if (active && now == EntryType.DIR && prior.get(path).equals(Optional.of(EntryType.DIR))) {
      removedDirs.add(path);
    }
  }

  Map<String, Optional<EntryType>> touched() {
    return prior;
  }

  boolean wasRemovedDir(String path) {
    return removedDirs.contains(path);
  }

  /**
   * A path the step made anew: absent, another kind, or a directory removed and re-created. Nothing
   * below it can need a whiteout, as nothing below it is visible from the lower layers.
   */
  boolean fresh(String path) {
    Optional<EntryType> before = prior.get(path);
    return before != null
        && (!before.equals(Optional.of(EntryType.DIR)) || removedDirs.contains(path));
  }
}
