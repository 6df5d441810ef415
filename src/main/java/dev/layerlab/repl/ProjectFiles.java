package dev.layerlab.repl;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextEntry;
import dev.layerlab.build.context.DockerIgnore;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A project directory on the host: read once into a sandbox ({@code .git} left out, every other file
 * kept, so editing {@code .dockerignore} takes effect), and written back only when the user says save.
 */
final class ProjectFiles {
  private ProjectFiles() {}

  static String name(Path dir) {
    Path n = dir.toAbsolutePath().normalize().getFileName();
    return n == null ? "project" : n.toString();
  }

  static Sandbox read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ReplException("not a directory: " + dir);
    }
    try {
      Sandbox s = Sandbox.empty();
      for (ContextEntry e : BuildContext.read(dir, DockerIgnore.none()).entries()) {
        if (!e.path().equals(".git") && !e.path().startsWith(".git/")) {
          s = s.withEntry(new ContextEntry(e.path(), e.type(), e.mode(), e.size(), e.content(), e.linkTarget(),
              java.util.Optional.empty()));
        }
      }
      return s;
    } catch (IOException e) {
      throw new ReplException("cannot read " + dir + ": " + e.getMessage());
    }
  }

  /**
   * Writes every directory and file with real bytes; files only the simulation knows (synthetic) are
   * left as they are on disk. Returns the paths that exist on disk but no longer in the sandbox: they
   * are reported, never deleted.
   */
  static List<String> write(Sandbox s, Path dir) {
    try {
      Files.createDirectories(dir);
      for (ContextEntry e : s.entries().values()) {
        write(e, dir.resolve(e.path()));
      }
      return leftOnDisk(s, dir);
    } catch (IOException e) {
      throw new ReplException("cannot save to " + dir + ": " + e.getMessage());
    }
  }

  private static void write(ContextEntry e, Path target) throws IOException {
    if (e.type() == EntryType.DIR) {
      Files.createDirectories(target);
    } else if (e.type() == EntryType.FILE && e.content().orElse(null) instanceof Content.Bytes b) {
      HostFiles.writeAtomically(target, b.bytes());
      setMode(target, e.mode());
    }
  }

  private static List<String> leftOnDisk(Sandbox s, Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.isEmpty() && !rel.equals(".git") && !rel.startsWith(".git/") && s.get(rel).isEmpty()) {
          out.add(rel);
        }
      }
    }
    return out;
  }

  private static void setMode(Path p, int mode) {
    try {
      Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] order = PosixFilePermission.values();
      for (int bit = 0; bit < 9; bit++) {
        if ((mode & (1 << (8 - bit))) != 0) {
          perms.add(order[bit]);
        }
      }
      Files.setPosixFilePermissions(p, perms);
    } catch (IOException | UnsupportedOperationException e) {
      // A filesystem without POSIX modes keeps its defaults: the file's bytes are what matter.
    }
  }
}
