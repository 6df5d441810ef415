package dev.layerlab.build.context;

import dev.layerlab.fs.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a host directory without following links, reads modes and contents, and applies the ignore
 * rules on the way: an excluded directory is not entered unless an exception could re-include
 * something below it. Files above 1 MiB are hashed as a stream and kept synthetic.
 */
final class HostReader {
  /**
   * The most files and directories a context may have: layerlab keeps the context in memory (BuildKit
   * streams it), and a million entries is far beyond what a build should send.
   */
  static final int MAX_ENTRIES = 1_000_000;

  private final Path root;
  private final DockerIgnore ignore;
  private final Map<String, ContextEntry> kept = new TreeMap<>();
  private final Map<String, ContextEntry> builderFiles = new TreeMap<>();
  private final Map<String, Integer> dirModes = new TreeMap<>();

  private final int maxEntries;

  HostReader(Path root, DockerIgnore ignore) {
    this(root, ignore, MAX_ENTRIES);
  }

  /** With another limit (tests). */
  HostReader(Path root, DockerIgnore ignore, int maxEntries) {
    this.root = root.toAbsolutePath().normalize();
    this.ignore = ignore;
    this.maxEntries = maxEntries;
  }

  static boolean isBuilderFile(String rel) {
    return rel.indexOf('/') < 0
        && (rel.equals("Dockerfile") || rel.equals(".dockerignore") || rel.endsWith(".Dockerfile")
            || rel.endsWith(".dockerignore") || rel.equals("Containerfile"));
  }

  Map<String, ContextEntry> kept() {
    return kept;
  }

  Map<String, ContextEntry> builderFiles() {
    return builderFiles;
  }

  void walk() throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        String rel = rel(dir);
        if (rel.isEmpty()) {
          return FileVisitResult.CONTINUE;
        }
        int mode = mode(dir, 0755);
        dirModes.put(rel, mode);
        if (!ignore.excludes(rel)) {
          keep(ContextEntry.dir(rel, mode));
          return FileVisitResult.CONTINUE;
        }
        return ignore.mayReincludeBelow(rel) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String rel = rel(file);
        boolean excluded = ignore.excludes(rel);
        if (excluded && !isBuilderFile(rel)) {
          return FileVisitResult.CONTINUE; // never read: an ignored node_modules costs nothing
        }
        ContextEntry entry = read(file, rel, attrs);
        if (entry == null) {
          return FileVisitResult.CONTINUE;
        }
        if (!excluded) {
          keep(entry);
        } else {
          builderFiles.put(rel, entry);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  // A path kept below an excluded directory brings its parents along, with their host modes.
  private void keep(ContextEntry entry) throws IOException {
    if (kept.size() >= maxEntries) {
      throw new IOException("it has more than " + maxEntries + " files and directories, and layerlab holds the"
          + " context in memory; exclude what the build does not need in .dockerignore");
    }
    int slash = entry.path().lastIndexOf('/');
    if (slash > 0) {
      String parent = entry.path().substring(0, slash);
      if (!kept.containsKey(parent)) {
        keep(ContextEntry.dir(parent, dirModes.getOrDefault(parent, 0755)));
      }
    }
    kept.put(entry.path(), entry);
  }

  private String rel(Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** A file or symlink; sockets, fifos and devices are not part of a context. */
  private ContextEntry read(Path file, String rel, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      return ContextEntry.symlink(rel, Files.readSymbolicLink(file).toString().replace('\\', '/'));
    }
    if (!attrs.isRegularFile()) {
      return null;
    }
    Content content = content(file, attrs.size());
    return ContextEntry.file(rel, content, mode(file, 0644)).withOrigin(file);
  }

  static Content content(Path file, long size) throws IOException {
    if (size <= Content.MAX_REAL_BYTES) {
      return Content.of(Files.readAllBytes(file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return synthetic(in);
    }
  }

  /** A synthetic content whose seed comes from a streamed SHA-256 of the bytes. */
  static Content synthetic(InputStream in) throws IOException {
    MessageDigest md = BuildContext.sha256();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      md.update(buf, 0, n);
      total += n;
    }
    long seed = ByteBuffer.wrap(md.digest()).getLong();
    return Content.synthetic(total, seed);
  }

  private static int mode(Path p, int fallback) {
    try {
      PosixFileAttributes a =
          Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return bits(a.permissions());
    } catch (UnsupportedOperationException | IOException e) {
      return fallback;
    }
  }

  private static int bits(Set<PosixFilePermission> perms) {
    int mode = 0;
    for (PosixFilePermission perm : perms) {
      mode |= 1 << (8 - perm.ordinal());
    }
    return mode;
  }
}
