package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.shell.applet.TarFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated tarball for a download: a synthetic file of the download's size that {@code tar -x}
 * unpacks into a realistic tree ({@code root/bin/root} and {@code root/lib/file-NNN} sharing the
 * unpacked bytes), without a byte of it in memory.
 */
final class Archive {
  private Archive() {}

  /** {@code root/} with {@code files} synthetic files sharing {@code bytes} (weights 1..3), in an archive of {@code size} bytes. */
  static Content of(String root, long bytes, int files, long size) {
    List<TarFormat.Member> members = new ArrayList<>();
    members.add(dir(root));
    int n = Math.max(1, files);
    long weights = 0;
    for (int i = 0; i < n; i++) {
      weights += 1 + i % 3;
    }
    long left = bytes;
    for (int i = 0; i < n; i++) {
      long share = i == n - 1 ? left : bytes * (1 + i % 3) / weights;
      left -= share;
      String path = root + (i == 0 ? "/bin/" + root : String.format("/lib/file-%03d", i));
      if (i < 2) {
        members.add(dir(root + (i == 0 ? "/bin" : "/lib")));
      }
      members.add(new TarFormat.Member(path, 'f', i == 0 ? 0755 : 0644, 0, 0,
          Content.synthetic(share, TreeWriter.seed(path + share)), ""));
    }
    return TarFormat.synthetic(members, size);
  }

  private static TarFormat.Member dir(String path) {
    return new TarFormat.Member(path, 'd', 0755, 0, 0, Content.empty(), "");
  }
}
