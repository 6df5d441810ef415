package dev.layerlab.fs;

/** The kind of a layer tar entry, whiteouts included. */
public enum DiffType {
  FILE,
  DIR,
  SYMLINK,
  /** A second name for a file that appears earlier in the same layer. */
  HARDLINK,
  /** {@code dir/.wh.name}: hides {@code dir/name} of the layers below. */
  WHITEOUT,
  /** {@code dir/.wh..wh..opq}: hides all lower-layer children of {@code dir}. */
  OPAQUE
}
