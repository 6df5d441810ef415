package dev.layerlab.fs;

/** The kind of a filesystem entry. Hardlinks are not a kind: they are FILEs that share an inode. */
public enum EntryType {
  FILE,
  DIR,
  SYMLINK
}
