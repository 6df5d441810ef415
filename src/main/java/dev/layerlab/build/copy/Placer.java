package dev.layerlab.build.copy;

import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.build.context.PathClean;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.EntryType;
import dev.layerlab.fs.FsException;
import dev.layerlab.fs.SimFs;
import java.util.Optional;

/**
 * Writes one selected source into the destination the way BuildKit's copier (tonistiigi/fsutil)
 * does: a new directory takes the source directory's mode, an existing top-level destination
 * directory keeps its own metadata while existing directories below it take the source's, files
 * and symlinks replace what is there, every entry is owned by the {@code --chown} owner (0:0 by
 * default), {@code --chmod} replaces the mode of files and copied directories.
 */
final class Placer {
  private final SourceTree src;
  private final SimFs dest;
  private final Owner owner;
  private final Optional<Chmod> chmod;
  private final DockerIgnore excludes;

  Placer(SourceTree src, SimFs dest, Owner owner, Optional<Chmod> chmod, DockerIgnore excludes) {
    this.src = src;
    this.dest = dest;
    this.owner = owner;
    this.chmod = chmod;
    this.excludes = excludes;
  }

  /** Creates missing directories of {@code dir} (0755, the owner); existing ones stay as they are. */
  void mkdirs(String dir) {
    try {
      dest.mkdirs(dir, 0755, owner.uid(), owner.gid());
    } catch (FsException e) {
      throw conflict(e);
    }
  }

  /** Copies a followed source entry to {@code target}; a directory's contents go into it. */
  void place(Entry entry, String target, Checksum sum) {
    if (entry.isDir()) {
      copyDir(entry, target, false, sum, "");
    } else {
      copyLeaf(entry, target, sum, "");
    }
  }

  private void copyDir(Entry dir, String target, boolean overwriteMeta, Checksum sum, String rel) {
    Optional<Entry> existing = dest.statFollow(target);
    int mode = chmod.map(c -> c.apply(dir.mode(), true)).orElse(dir.mode());
    if (existing.isEmpty()) {
      dest.mkdir(target, mode, owner.uid(), owner.gid());
    } else if (!existing.get().isDir()) {
      throw new CopyException(CopyException.Kind.CONFLICT,
          "cannot copy to non-directory: " + target);
    } else if (overwriteMeta && (existing.get().mode() != mode || !owns(existing.get()))) {
      dest.chmod(target, mode);
      dest.chown(target, owner.uid(), owner.gid());
    }
    if (!rel.isEmpty()) {
      sum.add(rel, dir);
    } else {
      sum.root(dir);
    }
    for (String name : src.list(dir.path())) {
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      if (excludes.excludes(childRel) && !descendExcluded(childRel, dir, name)) {
        continue;
      }
      Entry child = src.stat(PathClean.join(dir.path(), name), false).orElseThrow();
      String childTarget = PathClean.join(target, name);
      if (child.isDir()) {
        copyDir(child, childTarget, true, sum, childRel);
      } else if (!excludes.excludes(childRel)) {
        copyLeaf(child, childTarget, sum, childRel);
      }
    }
  }

  // An excluded directory is entered only when an exception could re-include something below it.
  private boolean descendExcluded(String childRel, Entry parent, String name) {
    Optional<Entry> child = src.stat(PathClean.join(parent.path(), name), false);
    return child.isPresent() && child.get().isDir() && excludes.mayReincludeBelow(childRel);
  }

  private void copyLeaf(Entry entry, String target, Checksum sum, String rel) {
    Optional<Entry> existing = dest.stat(target);
    if (existing.isPresent() && existing.get().isDir()) {
      throw new CopyException(CopyException.Kind.CONFLICT,
          "cannot replace directory " + target + " with a " + kind(entry));
    }
    if (existing.isPresent() && (existing.get().isSymlink() || entry.isSymlink())) {
      dest.delete(target);
    }
    if (entry.type() == EntryType.SYMLINK) {
      dest.symlink(target, entry.linkTarget().orElseThrow(), owner.uid(), owner.gid());
    } else {
      int mode = chmod.map(c -> c.apply(entry.mode(), false)).orElse(entry.mode());
      dest.writeFile(target, entry.content().orElseThrow(), mode, owner.uid(), owner.gid());
    }
    sum.add(rel.isEmpty() ? PathClean.base(target) : rel, rel, entry);
  }

  private boolean owns(Entry e) {
    return e.uid() == owner.uid() && e.gid() == owner.gid();
  }

  private static String kind(Entry e) {
    return e.isSymlink() ? "symlink" : "file";
  }

  static CopyException conflict(FsException e) {
    return new CopyException(CopyException.Kind.CONFLICT,
        "failed to copy files: mkdir " + e.path() + ": " + e.reason().toLowerCase());
  }
}
