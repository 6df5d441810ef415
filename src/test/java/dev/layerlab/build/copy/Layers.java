package dev.layerlab.build.copy;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import java.util.List;

/** Test fixtures: a busybox-like base and a one-line view of layer entries. */
final class Layers {
  private Layers() {}

  /** The directories of the oracle's busybox base, with its passwd, group and hosts files. */
  static SimFs busybox() {
    SimFs fs = SimFs.create();
    for (String d : List.of("/bin", "/etc", "/dev", "/proc", "/sys")) {
      fs.mkdir(d, 0755, 0, 0);
    }
    fs.mkdir("/tmp", 01777, 0, 0);
    fs.mkdir("/root", 0700, 0, 0);
    fs.writeFile("/etc/passwd", Content.of("root:x:0:0:root:/root:/bin/sh\n"
        + "app:x:1000:1001::/home/app:/bin/sh\n"), 0644, 0, 0);
    fs.writeFile("/etc/group", Content.of("root:x:0:\nstaff:x:50:\n"), 0644, 0, 0);
    fs.writeFile("/etc/hosts", Content.empty(), 0644, 0, 0);
    return fs;
  }

  /** Runs one COPY/ADD as a step and returns its layer. */
  static LayerDiff step(SimFs fs, BuildContext ctx, CopyRequest req) {
    return step(fs, SourceTree.of(ctx), req);
  }

  static LayerDiff step(SimFs fs, SourceTree src, CopyRequest req) {
    fs.beginStep();
    try {
      CopyOperation.apply(src, fs, req);
    } finally {
      if (!fs.inStep()) {
        throw new IllegalStateException("step closed");
      }
    }
    return fs.endStep();
  }

  /** {@code path type size mode uid:gid [-> link]}, mode in octal without the type bits. */
  static List<String> describe(LayerDiff diff) {
    return diff.entries().stream().map(Layers::line).toList();
  }

  private static String line(DiffEntry e) {
    return e.path() + " " + e.type().name().toLowerCase() + " " + e.size() + " "
        + String.format("%04o", e.mode()) + " " + e.uid() + ":" + e.gid()
        + e.link().map(l -> " -> " + l).orElse("");
  }
}
