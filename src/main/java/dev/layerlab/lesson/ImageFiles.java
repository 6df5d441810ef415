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

  /** Follows symlinks in every component (at most 32 in all), relative ones against the link's directory. */
  Optional<DiffEntry> resolve(String path) {
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(java.util.Arrays.asList(clean(path).substring(1).split("/")));
    String at = "";
    int links = 0;
    while (!todo.isEmpty()) {
      String next = at + "/" + todo.pollFirst();
      DiffEntry e = files.get(next);
      if (e != null && e.type() == DiffType.SYMLINK) {
        if (++links > 32) {
          return Optional.empty();
        }
        String target = e.link().orElse("");
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.Arrays.asList(
            clean(target.startsWith("/") ? target : at + "/" + target).substring(1).split("/")));
        java.util.Collections.reverse(parts);
        parts.forEach(todo::addFirst);
        at = "";
        continue;
      }
      if (e == null && !todo.isEmpty() && files.subMap(next + "/", next + "/" + Character.MAX_VALUE).isEmpty()) {
        return Optional.empty();
      }
      at = next;
    }
    return Optional.ofNullable(files.get(at));
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
