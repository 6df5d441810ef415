package dev.layerlab.shell.tool;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.shell.Invocation;
import java.util.Optional;

/**
 * What shadow's useradd does to /var/log/lastlog and /var/log/faillog for a new UID unless given
 * {@code -l}: it writes a zeroed record at offset uid × record size, and only into files that already
 * exist (it opens them without O_CREAT). Older shadow lets the write extend the file, leaving a sparse
 * hole up to the record; an image layer stores a sparse file at its full apparent size (moby/moby#5419),
 * so {@code useradd -u 123456789} puts a 36 GB lastlog into the layer. Since shadow 4.13 the record is
 * written only when it lies inside the file already (see {@code tools/accounts.json}). Either way a
 * file that is written is copied up, so it lands in the layer whole. The files are synthetic: their
 * sizes can be tens of gigabytes and are never allocated.
 */
final class LoginLogs {
  /**
   * glibc's struct lastlog on x86-64: int32_t ll_time, char ll_line[UT_LINESIZE = 32], char
   * ll_host[UT_HOSTSIZE = 256] (bits/utmp.h; ll_time is 32-bit there for compatibility with 32-bit
   * programs) = 292 bytes.
   */
  static final long LASTLOG_RECORD = 292;

  /**
   * shadow's struct faillog (faillog(5)): short fail_cnt, short fail_max, char fail_line[12], time_t
   * fail_time, long fail_locktime = 2 + 2 + 12 + 8 + 8 = 32 bytes on x86-64.
   */
  static final long FAILLOG_RECORD = 32;

  private LoginLogs() {}

  /** Resets both records of {@code uid}, as useradd does before adding the passwd line. */
  static void reset(Invocation inv, long uid) {
    boolean extending = extendingRelease(inv);
    record(inv, "/var/log/faillog", FAILLOG_RECORD, uid, extending);
    record(inv, "/var/log/lastlog", LASTLOG_RECORD, uid, extending);
  }

  private static void record(Invocation inv, String path, long recordSize, long uid, boolean extending) {
    Optional<Entry> file = inv.fs().stat(path).filter(Entry::isFile);
    long offset = uid * recordSize;
    if (file.isEmpty() || (!extending && file.get().size() <= offset)) {
      return;
    }
    Entry e = file.get();
    long size = Math.max(e.size(), offset + recordSize);
    String old = e.content().map(Content::digest).orElse("");
    inv.fs().writeFile(path, Content.synthetic(size, TreeWriter.seed(path + ":" + uid + ":" + old)), e.mode(), e.uid(),
        e.gid());
  }

  /** True when the image's release ships a shadow older than 4.13, whose useradd extends the files. */
  private static boolean extendingRelease(Invocation inv) {
    String release = FsText.read(inv, "/etc/os-release").orElse("");
    String key = field(release, "ID") + " " + field(release, "VERSION_ID");
    return ToolData.catalogue("accounts").path("extendingReleases").has(key);
  }

  private static String field(String osRelease, String name) {
    for (String line : osRelease.split("\n")) {
      if (line.startsWith(name + "=")) {
        return line.substring(name.length() + 1).replace("\"", "").trim();
      }
    }
    return "";
  }
}
