package dev.layerlab.fs;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The jimfs tree under a {@link SimFs}. It takes physical paths only (no symlink in any parent
 * component; {@link SimFs} resolves them) and knows nothing of journals or layers. Permission bits
 * live in the posix view, uid and gid as owner and group principals named by the number, the
 * setuid/setgid/sticky bits (which posix permissions cannot hold) and synthetic content in
 * user-defined attributes, so a synthetic file costs jimfs no content blocks.
 */
final class Store {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final String SYNTHETIC = "layerlab.synthetic";
  private static final String SPECIAL = "layerlab.special";

  private final FileSystem jimfs;

  Store() {
    Configuration config =
        Configuration.unix().toBuilder()
            .setWorkingDirectory("/")
            .setAttributeViews("basic", "owner", "posix", "unix", "user")
            // New entries belong to root (uid and gid are principals named by the number), so
            // creating the usual root-owned entry needs no owner change afterwards.
            .setDefaultAttributeValue("owner:owner", "0")
            .setDefaultAttributeValue("posix:group", "0")
            // Fixed times keep every result reproducible.
            .setFileTimeSource(() -> FileTime.fromMillis(0))
            // Real bytes are small user files (big ones are synthetic), so small blocks: jimfs's
            // default 8 KiB block would make 10 000 one-line files cost 80 MB. Freed blocks are not
            // cached, so a deleted file's memory goes back at once.
            .setBlockSize(256)
            .setMaxCacheSize(0)
            .build();
    jimfs = Jimfs.newFileSystem(config);
    setMeta("/", 0755, 0, 0);
  }

  Optional<Node> node(String path) {
    Path p = jimfs.getPath(path);
    try {
      PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, NOFOLLOW);
      EntryType type = a.isDirectory() ? EntryType.DIR : a.isSymbolicLink() ? EntryType.SYMLINK
          : EntryType.FILE;
      UserDefinedFileAttributeView user = userView(p);
      int mode = PermissionBits.of(a.permissions()) | special(user);
      long size = type == EntryType.DIR ? 0
          : type == EntryType.SYMLINK ? Files.readSymbolicLink(p).toString().length()
          : synthetic(user).map(Content::size).orElse(a.size());
      int links = (Integer) Files.getAttribute(p, "unix:nlink", NOFOLLOW);
      return Optional.of(new Node(type, mode, Integer.parseInt(a.owner().getName()),
          Integer.parseInt(a.group().getName()), size, a.fileKey(), links));
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io(path, e);
    }
  }

  /** The type alone: one attribute read, for path resolution. */
  Optional<EntryType> type(String path) {
    try {
      var a = Files.readAttributes(jimfs.getPath(path), java.nio.file.attribute.BasicFileAttributes.class, NOFOLLOW);
      return Optional.of(a.isDirectory() ? EntryType.DIR : a.isSymbolicLink() ? EntryType.SYMLINK
          : EntryType.FILE);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io(path, e);
    }
  }

  Content content(String path) {
    Path p = jimfs.getPath(path);
    try {
      Optional<Content> synthetic = synthetic(userView(p));
      return synthetic.isPresent() ? synthetic.get() : new Content.Bytes(Files.readAllBytes(p));
    } catch (IOException e) {
      throw io(path, e);
    }
  }

  String linkTarget(String path) {
    try {
      return Files.readSymbolicLink(jimfs.getPath(path)).toString();
    } catch (IOException e) {
      throw io(path, e);
    }
  }

  List<String> children(String dir) {
    try (Stream<Path> s = Files.list(jimfs.getPath(dir))) {
      return s.map(c -> c.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw io(dir, e);
    }
  }

  void createDir(String path, int mode, int uid, int gid) {
    run(path, () -> Files.createDirectory(jimfs.getPath(path), PosixFilePermissions.asFileAttribute(
        PermissionBits.toSet(mode))));
    newMeta(path, mode, uid, gid);
  }

  /** What a new entry (root-owned, no user attributes) still needs: special bits and a non-root owner. */
  private void newMeta(String path, int mode, int uid, int gid) {
    if ((mode & 07000) != 0) {
      setMode(path, mode); // setuid/setgid/sticky: posix permissions cannot carry them
    }
    if (uid != 0 || gid != 0) {
      setOwner(path, uid, gid);
    }
  }

  void createFile(String path, Content content, int mode, int uid, int gid) {
    Path p = jimfs.getPath(path);
    // A new file has no user attributes yet and empty content: only set what differs.
    run(path, () -> {
      Files.createFile(p, PosixFilePermissions.asFileAttribute(PermissionBits.toSet(mode)));
      if (content instanceof Content.Bytes b && b.size() > 0) {
        Files.write(p, b.bytes(), StandardOpenOption.TRUNCATE_EXISTING);
      } else if (content instanceof Content.Synthetic syn) {
        userView(p).write(SYNTHETIC, ByteBuffer.allocate(16).putLong(syn.size()).putLong(syn.seed()).flip());
      }
    });
    newMeta(path, mode, uid, gid);
  }

  /** Replaces the content in place, so other hardlinks to the inode see it too. */
  void writeContent(String path, Content content) {
    Path p = jimfs.getPath(path);
    run(path, () -> {
      UserDefinedFileAttributeView user = userView(p);
      if (content instanceof Content.Bytes b) {
        Files.write(p, b.bytes(), StandardOpenOption.TRUNCATE_EXISTING);
        if (user.list().contains(SYNTHETIC)) {
          user.delete(SYNTHETIC);
        }
      } else {
        Content.Synthetic s = (Content.Synthetic) content;
        Files.write(p, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        user.write(SYNTHETIC, ByteBuffer.allocate(16).putLong(s.size()).putLong(s.seed()).flip());
      }
    });
  }

  void createSymlink(String path, String target, int uid, int gid) {
    run(path, () -> Files.createSymbolicLink(jimfs.getPath(path), jimfs.getPath(target)));
    newMeta(path, 0777, uid, gid);
  }

  void link(String path, String existing) {
    run(path, () -> Files.createLink(jimfs.getPath(path), jimfs.getPath(existing)));
  }

  void remove(String path) {
    run(path, () -> Files.delete(jimfs.getPath(path)));
  }

  void move(String from, String to) {
    run(from, () -> Files.move(jimfs.getPath(from), jimfs.getPath(to), NOFOLLOW));
  }

  void setMeta(String path, int mode, int uid, int gid) {
    setMode(path, mode);
    setOwner(path, uid, gid);
  }

  void setMode(String path, int mode) {
    Path p = jimfs.getPath(path);
    run(path, () -> {
      view(p).setPermissions(PermissionBits.toSet(mode));
      UserDefinedFileAttributeView user = userView(p);
      if ((mode & 07000) != 0) {
        user.write(SPECIAL, ByteBuffer.allocate(4).putInt(mode & 07000).flip());
      } else if (user.list().contains(SPECIAL)) {
        user.delete(SPECIAL);
      }
    });
  }

  /** Sets owner and group of the path itself (lchown): symlinks are not followed. */
  void setOwner(String path, int uid, int gid) {
    Path p = jimfs.getPath(path);
    var lookup = jimfs.getUserPrincipalLookupService();
    run(path, () -> {
      PosixFileAttributeView view = view(p);
      view.setOwner(lookup.lookupPrincipalByName(Integer.toString(uid)));
      view.setGroup(lookup.lookupPrincipalByGroupName(Integer.toString(gid)));
    });
  }

  private PosixFileAttributeView view(Path p) {
    return Files.getFileAttributeView(p, PosixFileAttributeView.class, NOFOLLOW);
  }

  private UserDefinedFileAttributeView userView(Path p) {
    return Files.getFileAttributeView(p, UserDefinedFileAttributeView.class, NOFOLLOW);
  }

  private static int special(UserDefinedFileAttributeView user) throws IOException {
    if (!user.list().contains(SPECIAL)) {
      return 0;
    }
    ByteBuffer buf = ByteBuffer.allocate(4);
    user.read(SPECIAL, buf);
    return buf.flip().getInt();
  }

  private static Optional<Content> synthetic(UserDefinedFileAttributeView user) throws IOException {
    if (!user.list().contains(SYNTHETIC)) {
      return Optional.empty();
    }
    ByteBuffer buf = ByteBuffer.allocate(16);
    user.read(SYNTHETIC, buf);
    buf.flip();
    return Optional.of(new Content.Synthetic(buf.getLong(), buf.getLong()));
  }

  private interface IoAction {
    void run() throws IOException;
  }

  // The callers check preconditions with errno wording first; an IOException here is a bug.
  private static void run(String path, IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw io(path, e);
    }
  }

  private static FsException io(String path, IOException e) {
    FsException fs = new FsException(FsException.Kind.IO, path);
    fs.initCause(e);
    return fs;
  }
}
