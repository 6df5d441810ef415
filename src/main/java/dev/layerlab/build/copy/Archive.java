package dev.layerlab.build.copy;

import dev.layerlab.build.context.PathClean;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.FsException;
import dev.layerlab.fs.SimFs;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * ADD's local archives: a tar, plain or compressed with gzip, bzip2 or xz, recognised by its content
 * (not its name), extracted into a directory with the archive's own modes, owners, symlinks and
 * hardlinks. Files above 1 MiB are hashed as a stream and stay synthetic.
 */
final class Archive {
  private static final int TAR_HEADER = 512;

  private Archive() {}

  /** The decompressed tar stream if the bytes are a (compressed) tar, else empty. */
  static Optional<InputStream> tarStream(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw);
    InputStream plain = in;
    try {
      String kind = CompressorStreamFactory.detect(in);
      plain = new BufferedInputStream(
          new CompressorStreamFactory().createCompressorInputStream(kind, in));
    } catch (CompressorException notCompressed) {
      plain = in;
    }
    plain.mark(TAR_HEADER);
    byte[] head = plain.readNBytes(TAR_HEADER);
    plain.reset();
    return TarArchiveInputStream.matches(head, head.length) ? Optional.of(plain) : Optional.empty();
  }

  /** Extracts the tar into {@code dir}; with {@code chown} every entry gets that owner. */
  static void extract(InputStream tar, SimFs dest, String dir, Optional<Owner> chown, Checksum sum)
      throws IOException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String rel = PathClean.relative(e.getName());
        if (rel.isEmpty()) {
          continue;
        }
        String path = PathClean.join(dir, rel);
        Owner owner = chown.orElse(new Owner((int) e.getLongUserId(), (int) e.getLongGroupId()));
        dest.mkdirs(PathClean.parent(path), 0755, owner.uid(), owner.gid());
        one(in, e, dest, dir, path, owner);
        sum.addText(rel + "\0" + e.getMode() + "\0" + e.getSize() + "\n", e.isFile() ? e.getSize()
            : e.isSymbolicLink() ? e.getLinkName().length() : 0);
      }
    } catch (FsException e) {
      throw Placer.conflict(e);
    }
  }

  private static void one(TarArchiveInputStream in, TarArchiveEntry e, SimFs dest, String dir,
      String path, Owner owner) throws IOException {
    int mode = e.getMode() & 07777;
    Optional<dev.layerlab.fs.Entry> existing = dest.stat(path);
    if (e.isDirectory()) {
      if (existing.isPresent() && existing.get().isDir()) {
        dest.chmod(path, mode);
        dest.chown(path, owner.uid(), owner.gid());
      } else {
        replace(dest, existing);
        dest.mkdir(path, mode, owner.uid(), owner.gid());
      }
      return;
    }
    replace(dest, existing);
    if (e.isSymbolicLink()) {
      dest.symlink(path, e.getLinkName(), owner.uid(), owner.gid());
    } else if (e.isLink()) {
      dest.hardlink(path, PathClean.join(dir, PathClean.relative(e.getLinkName())));
    } else if (e.isFile()) {
      dest.writeFile(path, read(in, e.getSize()), mode, owner.uid(), owner.gid());
    }
  }

  private static void replace(SimFs dest, Optional<dev.layerlab.fs.Entry> existing) {
    existing.ifPresent(x -> dest.deleteRecursive(x.path()));
  }

  private static Content read(InputStream in, long size) throws IOException {
    if (size <= Content.MAX_REAL_BYTES) {
      return Content.of(in.readNBytes((int) size));
    }
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      md.update(buf, 0, n);
      total += n;
    }
    return Content.synthetic(total, ByteBuffer.wrap(md.digest()).getLong());
  }
}
