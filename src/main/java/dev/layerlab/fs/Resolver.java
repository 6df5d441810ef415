package dev.layerlab.fs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a path as a program wrote it into the physical path, following symlinks component by
 * component as the kernel's path walk does: {@code ..} goes to the parent of the physical directory
 * reached, an absolute target restarts at the root, and more than 40 links fail with ELOOP.
 *
 * <p>Limits: a path longer than Linux's PATH_MAX (4096 bytes with its NUL), a name longer than NAME_MAX
 * (255), or a path deeper than {@link #MAX_DEPTH} directories fails with ENAMETOOLONG. The depth bound is
 * layerlab's own: each lookup walks the path from the root, so unbounded depth would cost cubic time.
 */
final class Resolver {
  static final int MAX_LINKS = 40;
  static final int PATH_MAX = 4096;
  static final int NAME_MAX = 255;
  static final int MAX_DEPTH = 256;

  private final Store store;
  /**
   * Directories already walked to: logical path (as written, no {@code .} or {@code ..}) to physical
   * path. A program writing many files into one deep directory then walks it once, not once per file.
   * Only a removal or a rename can change where an existing directory's path leads (anything else
   * adds entries), so those forget it all.
   */
  private final Map<String, String> knownDirs = new HashMap<>();

  Resolver(Store store) {
    this.store = store;
  }

  /** Called on every removal and rename. */
  void forget() {
    knownDirs.clear();
  }

  /**
   * The physical path. Every parent component must exist and be a directory (after following); the
   * last component may be missing, and is followed only if {@code followLast} (or the path ends in
   * {@code /}).
   */
  String resolve(String path, boolean followLast) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("not an absolute path: " + path);
    }
    if (path.length() >= PATH_MAX) {
      throw new FsException(FsException.Kind.NAME_TOO_LONG, path);
    }
    boolean follow = followLast || (path.length() > 1 && path.endsWith("/"));
    return viaKnownDir(path, follow).orElseGet(() -> walk(path, follow));
  }

  /**
   * The physical path through its parent directory's known physical path, when the path is plain and
   * its last component needs no following; empty means the full walk must decide (and say what fails).
   */
  private Optional<String> viaKnownDir(String path, boolean follow) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0 || slash == path.length() - 1 || !plain(path)) {
      return Optional.empty();
    }
    String name = path.substring(slash + 1);
    Optional<String> dir = knownDir(path.substring(0, slash));
    if (dir.isEmpty() || name.length() > NAME_MAX) {
      return Optional.empty();
    }
    String candidate = dir.get().equals("/") ? "/" + name : dir.get() + "/" + name;
    Optional<EntryType> type = store.type(candidate);
    return type.isPresent() && type.get() == EntryType.SYMLINK && follow ? Optional.empty() : Optional.of(candidate);
  }

  private Optional<String> knownDir(String logical) {
    String known = knownDirs.get(logical);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      String physical = walk(logical, true);
      if (store.type(physical).filter(t -> t == EntryType.DIR).isEmpty()
          || components(physical).size() >= MAX_DEPTH - 1) {
        return Optional.empty();
      }
      knownDirs.put(logical, physical);
      return Optional.of(physical);
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  /** No empty, {@code .} or {@code ..} component: the path names its components as they are. */
  private static boolean plain(String path) {
    return !path.contains("//") && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.")
        && !path.endsWith("/..");
  }

  /** The kernel's walk, component by component. */
  private String walk(String path, boolean follow) {
    Deque<String> todo = new ArrayDeque<>(components(path));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (name.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      if (name.length() > NAME_MAX || done.size() >= MAX_DEPTH) {
        throw new FsException(FsException.Kind.NAME_TOO_LONG, path);
      }
      String candidate = join(done, name);
      boolean last = todo.isEmpty();
      Optional<EntryType> type = store.type(candidate);
      if (type.isEmpty()) {
        if (!last) {
          throw new FsException(FsException.Kind.NOT_FOUND, path);
        }
        done.add(name);
      } else if (type.get() == EntryType.SYMLINK && (!last || follow)) {
        if (++links > MAX_LINKS) {
          throw new FsException(FsException.Kind.LOOP, path);
        }
        String target = store.linkTarget(candidate);
        if (target.startsWith("/")) {
          done.clear();
        }
        List<String> parts = components(target);
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.push(parts.get(i));
        }
      } else if (!last && type.get() != EntryType.DIR) {
        throw new FsException(FsException.Kind.NOT_A_DIRECTORY, path);
      } else {
        done.add(name);
      }
    }
    return join(done, null);
  }

  /** The path's names, with empty and {@code .} components dropped. */
  static List<String> components(String path) {
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals(".")) {
        out.add(part);
      }
    }
    return out;
  }

  static String parent(String physical) {
    int slash = physical.lastIndexOf('/');
    return slash <= 0 ? "/" : physical.substring(0, slash);
  }

  /** {@code /usr/local} → {@code usr/local}, the spelling of a tar entry. */
  static String relative(String physical) {
    return physical.substring(1);
  }

  private static String join(List<String> done, String extra) {
    StringBuilder sb = new StringBuilder();
    for (String d : done) {
      sb.append('/').append(d);
    }
    if (extra != null) {
      sb.append('/').append(extra);
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }
}
