package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;

import java.util.List;
import java.util.Optional;

/** Opens a command's redirects over the simulated fs, in order, busybox ash's way. */
final class Redirections {
  private static final String DEV_NULL = "/dev/null";

  private final Interpreter sh;

  Redirections(Interpreter sh) {
    this.sh = sh;
  }

  /** The streams with every redirect applied, or empty after printing why one failed. */
  Optional<Io> open(List<Redirect> redirects, Io base) {
    Sink[] fds = {null, base.out(), base.err()};
    Input stdin = base.stdin();
    for (Redirect r : redirects) {
      if (r.hereDoc().isPresent()) {
        HereDoc doc = r.hereDoc().get();
        stdin = r.fd() == 0 ? Input.of(Content.of(doc.expand() ? sh.expander().hereDoc(doc.body()) : doc.body())) : stdin;
        continue;
      }
      String target = sh.expander().single(r.target().raw());
      try {
        if (r.op().equals("<") || r.op().equals("<>")) {
          stdin = r.fd() == 0 ? Input.of(read(target)) : stdin;
        } else if (r.op().equals(">&") || r.op().equals("<&")) {
          duplicate(fds, r.fd(), target);
        } else if (r.fd() >= 1 && r.fd() <= 2) {
          fds[r.fd()] = output(target, r.op().equals(">>"));
        }
      } catch (FsException | Failure | java.nio.file.InvalidPathException e) {
        base.err().write(sh.state().argv0 + ": " + e.getMessage() + "\n");
        return Optional.empty();
      }
    }
    return Optional.of(new Io(stdin, fds[1], fds[2]));
  }

  private void duplicate(Sink[] fds, int fd, String target) {
    if (fd < 1 || fd > 2) {
      return;
    }
    if (target.equals("1") || target.equals("2")) {
      fds[fd] = fds[Integer.parseInt(target)];
    } else if (target.equals("-")) {
      fds[fd] = Sink.discard();
    } else {
      fds[fd] = output(target, false);
    }
  }

  private Content read(String target) {
    String path = PathNames.resolve(sh.state().cwd, target);
    if (path.equals(DEV_NULL)) {
      return Content.empty();
    }
    try {
      return sh.fs().content(path);
    } catch (FsException e) {
      throw new Failure("can't open '" + target + "': " + e.reason());
    }
  }

  private Sink output(String target, boolean append) {
    String path = PathNames.resolve(sh.state().cwd, target);
    if (path.equals(DEV_NULL)) {
      return Sink.discard();
    }
    SimFs fs = sh.fs();
    if (!fs.statFollow(PathNames.parent(path)).map(Entry::isDir).orElse(false)) {
      throw new Failure("can't create " + target + ": nonexistent directory");
    }
    if (fs.statFollow(path).map(Entry::isDir).orElse(false)) {
      throw new Failure("can't create " + target + ": Is a directory");
    }
    int uid = sh.state().uid;
    int gid = sh.state().gid;
    Optional<Entry> existing = fs.statFollow(path);
    if (existing.isEmpty()) {
      fs.writeFile(path, Content.empty(), 0644, uid, gid);
    } else if (!append) {
      Entry e = existing.get();
      fs.writeFile(path, Content.empty(), e.mode(), e.uid(), e.gid());
    }
    return data -> write(fs, path, data);
  }

  // Into an empty file the data goes as it is, so `cat big > copy` keeps the very same content.
  private static void write(SimFs fs, String path, Content data) {
    Optional<Entry> e = fs.statFollow(path);
    if (e.isPresent() && e.get().size() == 0) {
      fs.writeFile(path, data, e.get().mode(), e.get().uid(), e.get().gid());
    } else {
      fs.append(path, data);
    }
  }

  /** A redirect failure carrying busybox's message (without the shell name). */
  private static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
