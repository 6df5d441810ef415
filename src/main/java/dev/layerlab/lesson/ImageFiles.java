package dev.layerlab.lesson;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files a container of the image would see: the layers applied bottom first, whiteouts and
 * opaque markers hiding what is below. Paths are absolute ({@code /usr/bin/node}).
 */
final class ImageFiles {
  private final TreeMap<String, DiffEntry> files = new TreeMap<>();

  ImageFiles(Image image) {
    image.layers().forEach(this::apply);
  }

  Optional<DiffEntry> get(String path) {
    return Optional.ofNullable(files.get(clean(path)));
  }

  Map<String, DiffEntry> all() {
    return files;
  }

  /** Follows symlinks (at most 16), relative ones against the link's directory. */
  Optional<DiffEntry> resolve(String path) {
    String p = clean(path);
    for (int i = 0; i < 16; i++) {
      DiffEntry e = files.get(p);
      if (e == null || e.type() != DiffType.SYMLINK) {
        return Optional.ofNullable(e);
      }
      String target = e.link().orElse("");
      p = clean(target.startsWith("/") ? target : p.substring(0, p.lastIndexOf('/') + 1) + target);
    }
    return Optional.empty();
  }

  private void apply(Layer layer) {
    for (DiffEntry e : layer.diff().entries()) {
      String path = "/" + e.target();
      if (e.type() == DiffType.WHITEOUT) {
        removeTree(path, true);
      } else if (e.type() == DiffType.OPAQUE) {
        removeTree(path, false);
      } else {
        files.put(path, e);
      }
    }
  }

  private void removeTree(String path, boolean self) {
    if (self) {
      files.remove(path);
    }
    files.subMap(path + "/", path + "/" + Character.MAX_VALUE).clear();
  }

  static String clean(String path) {
    String[] parts = path.split("/");
    java.util.Deque<String> out = new java.util.ArrayDeque<>();
    for (String s : parts) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        out.pollLast();
      } else {
        out.addLast(s);
      }
    }
    return "/" + String.join("/", out);
  }
}
