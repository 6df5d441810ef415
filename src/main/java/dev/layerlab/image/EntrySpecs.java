package dev.layerlab.image;

import dev.layerlab.image.Specs.EntrySpec;
import java.util.ArrayList;
import java.util.List;

/** Builds tree entries from single entry specs; layer-level work is in {@link EntryExpander}. */
final class EntrySpecs {

  private EntrySpecs() {}

  static TreeEntry named(EntrySpec s) {
    String path = s.path();
    int uid = s.uid() == null ? 0 : s.uid();
    int gid = s.gid() == null ? 0 : s.gid();
    if (s.link() != null) {
      TreeEntry link = TreeEntry.symlink(path, s.link());
      return new TreeEntry(path, link.type(), link.size(), link.mode(), uid, gid, link.link(),
          link.text());
    }
    if ("dir".equals(s.type())) {
      return TreeEntry.dir(path, mode(s, 0755), uid, gid);
    }
    if (s.text() != null || s.lines() != null) {
      String text = s.text() != null ? s.text() : String.join("\n", s.lines()) + "\n";
      return TreeEntry.text(path, text, mode(s, 0644), uid, gid);
    }
    return TreeEntry.file(path, s.size() == null ? 0 : s.size(), mode(s, 0644), uid, gid);
  }

  /** One executable (or one symlink to {@code link}) per name. */
  static List<TreeEntry> programs(EntrySpec s, List<String> names) {
    List<TreeEntry> out = new ArrayList<>();
    for (String name : names) {
      String path = s.programs() + "/" + name;
      out.add(s.link() != null ? TreeEntry.symlink(path, s.link())
          : TreeEntry.file(path, s.size() == null ? 0 : s.size(), mode(s, 0755), 0, 0));
    }
    return out;
  }

  /**
   * {@code files} synthetic files sharing {@code bytes} unevenly (weights 1..5 in turn, so a
   * listing looks like a real directory rather than identical files), the remainder on the last.
   */
  static List<TreeEntry> fill(EntrySpec s, long bytes) {
    int count = s.files() == null ? 1 : s.files();
    String ext = s.ext() == null ? ".bin" : s.ext();
    long weights = 0;
    for (int i = 0; i < count; i++) {
      weights += i % 5 + 1;
    }
    List<TreeEntry> out = new ArrayList<>();
    long given = 0;
    for (int i = 0; i < count; i++) {
      long size = i == count - 1 ? bytes - given : bytes * (i % 5 + 1) / weights;
      given += size;
      String number = Integer.toString(i + 1);
      String path = s.fill() + "/synthetic-" + "000".substring(Math.min(3, number.length()))
          + number + ext;
      out.add(TreeEntry.file(path, size, mode(s, 0644), 0, 0));
    }
    return out;
  }

  private static int mode(EntrySpec s, int fallback) {
    return s.mode() == null ? fallback : Integer.parseInt(s.mode(), 8);
  }
}
