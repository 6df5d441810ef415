package dev.layerlab.fs;

import java.util.Comparator;

/**
 * The order a tar writer walking a tree emits entries in: depth first, each directory's children in
 * lexical order, a directory before its children. Comparing the paths with '/' ranked below every
 * other character gives exactly that ({@code a}, {@code a/b}, {@code a-b}). The opaque marker is
 * written right after its directory, as overlay2's tar writer does.
 */
final class TarOrder {
  private TarOrder() {}

  static final Comparator<DiffEntry> ENTRIES = Comparator.comparing(TarOrder::key);

  static String key(DiffEntry e) {
    return e.type() == DiffType.OPAQUE ? key(e.target()) + '\0' : key(e.path());
  }

  static String key(String relativePath) {
    return relativePath.replace('/', '\0');
  }
}
