package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A simulated tarball in the format the {@code tar} applet reads ({@code layerlab-tar 1}: one line per
 * entry — type, octal mode, uid, gid, base64url name, then {@code -} for a directory or {@code S<size>:<seed>}
 * for synthetic content), so {@code curl … | tar -xz} unpacks a realistic tree. The archive file itself is
 * a few kilobytes of text rather than the download's size: it carries no bytes, only the listing.
 */
final class Archive {
  private static final String MAGIC = "layerlab-tar 1\n";

  private Archive() {}

  /** {@code root/} with {@code files} synthetic files sharing {@code bytes} (weights 1..3). */
  static Content of(String root, long bytes, int files) {
    StringBuilder s = new StringBuilder(MAGIC);
    s.append("d 755 0 0 ").append(name(root)).append(" -\n");
    int n = Math.max(1, files);
    long weights = 0;
    for (int i = 0; i < n; i++) {
      weights += 1 + i % 3;
    }
    long left = bytes;
    for (int i = 0; i < n; i++) {
      long size = i == n - 1 ? left : bytes * (1 + i % 3) / weights;
      left -= size;
      String path = root + (i == 0 ? "/bin/" + root : String.format("/lib/file-%03d", i));
      if (i < 2) {
        s.append("d 755 0 0 ").append(name(root + (i == 0 ? "/bin" : "/lib"))).append(" -\n");
      }
      s.append("f ").append(i == 0 ? "755" : "644").append(" 0 0 ").append(name(path)).append(" S").append(size)
          .append(':').append(TreeWriter.seed(path + size)).append('\n');
    }
    return Content.of(s.toString());
  }

  private static String name(String path) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8));
  }
}
