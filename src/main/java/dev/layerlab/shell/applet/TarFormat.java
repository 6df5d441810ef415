package dev.layerlab.shell.applet;

import dev.layerlab.fs.Content;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Archives as busybox's tar writes them: a 512-byte header per entry, data in 512-byte records and two
 * empty records at the end, no further padding (the real builder's busybox: 3 entries, 8 bytes of data
 * → 3584 bytes). Small archives of real bytes are real tar bytes; an archive holding big synthetic files
 * is synthetic too, of the exact same size, and remembered (by its digest) so it can still be extracted.
 */
public final class TarFormat {
  /** One member: path, type ('d', 'f', 'l'), mode, owner, content (files) and link target (symlinks). */
  public record Member(String name, char type, int mode, int uid, int gid, Content content, String link) {}

  private static final long REAL_LIMIT = Content.MAX_REAL_BYTES;
  private static final Map<String, List<Member>> SYNTHETIC = new ConcurrentHashMap<>();

  private TarFormat() {}

  static Content write(List<Member> members, boolean gzip) {
    long size = size(members);
    boolean real = size <= REAL_LIMIT && members.stream().allMatch(m -> m.content() instanceof Content.Bytes);
    if (!real) {
      long bytes = gzip ? Math.max(20, Math.round(size * 0.37)) : size; // gzip of modelled data: layers-and-history §4
      Content c = Content.synthetic(bytes, digestSeed(members, gzip));
      SYNTHETIC.put(c.digest(), List.copyOf(members));
      return c;
    }
    return Content.of(bytes(members, gzip));
  }

  /**
   * A synthetic archive of a given size (a download's, say) holding these members: it carries no bytes,
   * and {@code tar -x} in the same run still unpacks the members.
   */
  public static Content synthetic(List<Member> members, long archiveSize) {
    Content c = Content.synthetic(archiveSize, digestSeed(members, true));
    SYNTHETIC.put(c.digest(), List.copyOf(members));
    return c;
  }

  static List<Member> read(Content archive) {
    if (archive instanceof Content.Synthetic) {
      List<Member> known = SYNTHETIC.get(archive.digest());
      if (known == null) {
        throw new IllegalArgumentException("invalid tar magic");
      }
      return known;
    }
    byte[] data = ((Content.Bytes) archive).bytes();
    try (InputStream raw = new ByteArrayInputStream(data);
         InputStream in = isGzip(data) ? new GzipCompressorInputStream(raw) : raw;
         TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      List<Member> out = new ArrayList<>();
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        out.add(member(e, tar));
      }
      if (out.isEmpty() && data.length > 0 && !allZero(data)) {
        throw new IllegalArgumentException("invalid tar magic");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid tar magic");
    }
  }

  /** Header, long-name records, data records; plus the two end records. */
  static long size(List<Member> members) {
    long total = 1024;
    for (Member m : members) {
      total += 512 + longName(m.name()) + (m.type() == 'l' ? longName(m.link()) : 0);
      if (m.type() == 'f') {
        total += (m.content().size() + 511) / 512 * 512;
      }
    }
    return total;
  }

  private static long longName(String name) {
    int len = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return len < 100 ? 0 : 512 + (len + 1 + 511L) / 512 * 512;
  }

  private static byte[] bytes(List<Member> members, boolean gzip) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (java.io.OutputStream target = gzip ? new GzipCompressorOutputStream(buf) : buf;
         TarArchiveOutputStream tar = new TarArchiveOutputStream(target, 512)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
      for (Member m : members) {
        tar.putArchiveEntry(entry(m));
        if (m.type() == 'f') {
          tar.write(((Content.Bytes) m.content()).bytes());
        }
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toByteArray();
  }

  private static TarArchiveEntry entry(Member m) {
    TarArchiveEntry e = m.type() == 'd' ? new TarArchiveEntry(m.name() + "/")
        : m.type() == 'l' ? new TarArchiveEntry(m.name(), TarArchiveEntry.LF_SYMLINK) : new TarArchiveEntry(m.name());
    e.setMode((m.type() == 'd' ? 040000 : m.type() == 'l' ? 0120000 : 0100000) | m.mode());
    e.setIds(m.uid(), m.gid());
    e.setModTime(0);
    if (m.type() == 'l') {
      e.setLinkName(m.link());
    }
    if (m.type() == 'f') {
      e.setSize(m.content().size());
    }
    return e;
  }

  private static Member member(TarArchiveEntry e, TarArchiveInputStream tar) throws IOException {
    String name = e.getName().replaceFirst("/+$", "");
    int mode = e.getMode() & 07777;
    if (e.isDirectory()) {
      return new Member(name, 'd', mode, (int) e.getLongUserId(), (int) e.getLongGroupId(), Content.empty(), "");
    }
    if (e.isSymbolicLink()) {
      return new Member(name, 'l', mode, (int) e.getLongUserId(), (int) e.getLongGroupId(), Content.empty(),
          e.getLinkName());
    }
    return new Member(name, 'f', mode, (int) e.getLongUserId(), (int) e.getLongGroupId(), Content.of(tar.readAllBytes()),
        "");
  }

  private static boolean isGzip(byte[] d) {
    return d.length > 2 && (d[0] & 0xff) == 0x1f && (d[1] & 0xff) == 0x8b;
  }

  private static boolean allZero(byte[] d) {
    for (byte b : d) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static long digestSeed(List<Member> members, boolean gzip) {
    long h = gzip ? 0x9E3779B97F4A7C15L : 1469598103934665603L;
    for (Member m : members) {
      String line = m.name() + m.type() + m.mode() + m.uid() + m.gid() + m.content().digest() + m.link();
      for (int i = 0; i < line.length(); i++) {
        h = (h ^ line.charAt(i)) * 1099511628211L;
      }
    }
    return h;
  }
}
