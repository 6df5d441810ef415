package dev.layerlab.build;

import dev.layerlab.build.copy.SourceTree;
import dev.layerlab.fs.Entry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** A content digest of a subtree of a source (path, type, mode, owner, size, link, content; never mtime). */
final class TreeDigest {
  private TreeDigest() {}

  static String of(SourceTree tree, String root) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      add(md, tree, root.startsWith("/") ? root : "/" + root, 0);
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void add(MessageDigest md, SourceTree tree, String path, int depth) {
    Optional<Entry> e = tree.stat(path, depth == 0);
    if (e.isEmpty()) {
      md.update(("missing " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    Entry x = e.get();
    md.update((path + "\0" + x.type() + "\0" + x.mode() + "\0" + x.uid() + ":" + x.gid() + "\0" + x.size() + "\0"
        + x.linkTarget().orElse("") + "\0" + x.content().map(c -> c.digest()).orElse("") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    if (x.isDir()) {
      for (String child : tree.list(x.path())) {
        add(md, tree, x.path().equals("/") ? "/" + child : x.path() + "/" + child, depth + 1);
      }
    }
  }
}
