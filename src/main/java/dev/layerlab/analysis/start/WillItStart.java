package dev.layerlab.analysis.start;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.Linkage;
import dev.layerlab.fs.SimFs;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageConfig;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an image as a container start would, in the order runc meets things: the user (passwd,
 * group), the working directory, the program (PATH lookup, executable bit, a script's interpreter, a
 * binary's dynamic loader), then the script an interpreter is asked to run. Nothing is executed.
 */
public final class WillItStart {
  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final SimFs fs = SimFs.create();
  private final ImageConfig config;
  private final List<StartCheck> checks = new ArrayList<>();
  private Optional<String> error = Optional.empty();
  private int status;

  private WillItStart(Image image) {
    this.config = image.config();
    for (Layer l : image.layers()) {
      fs.apply(l.diff());
    }
  }

  public static StartReport check(Image image) {
    return new WillItStart(image).run();
  }

  private StartReport run() {
    List<String> argv = new ArrayList<>(config.entrypoint());
    argv.addAll(config.cmd());
    Users.check(fs, config.user(), this);
    workdir();
    if (argv.isEmpty()) {
      fail("command", "no command specified", "Error response from daemon: no command specified");
    } else if (error.isEmpty()) {
      program(argv);
    }
    return new StartReport(argv, checks, error, status);
  }

  void pass(String subject, String detail) {
    checks.add(new StartCheck(subject, true, detail));
  }

  /** A failure of the runtime itself (the process never starts): docker's status for its message. */
  void fail(String subject, String detail, String runtimeError) {
    fail(subject, detail, runtimeError, ExitStatus.ofRuntimeError(runtimeError));
  }

  /** A failure of the process once started ({@code node} without its script): the process's own status. */
  void fail(String subject, String detail, String error, int exitStatus) {
    checks.add(new StartCheck(subject, false, detail));
    if (this.error.isEmpty()) {
      this.error = Optional.of(error);
      status = exitStatus;
    }
  }

  private String workdir() {
    String dir = config.workingDir().isEmpty() ? "/" : config.workingDir();
    Optional<Entry> e = fs.statFollow(dir);
    if (e.isEmpty()) {
      pass("workdir " + dir, "missing: the runtime creates it, empty, owned by root");
    } else if (!e.get().isDir()) {
      fail("workdir " + dir, "not a directory", "error during container init: chdir to cwd (\"" + dir
          + "\") set in config.json failed: not a directory");
    } else {
      pass("workdir " + dir, "exists");
    }
    return dir;
  }

  private void program(List<String> argv) {
    String name = argv.get(0);
    Optional<String> path = lookup(name);
    if (path.isEmpty()) {
      fail("program " + name, "not found in PATH=" + pathVar(),
          "exec: \"" + name + "\": executable file not found in $PATH");
      return;
    }
    if (!executable(path.get(), name) || error.isPresent()) {
      return;
    }
    // The official images' entrypoint script ends in exec "$@": what follows it is the real program.
    if (path.get().endsWith("/docker-entrypoint.sh") && argv.size() > 1 && !argv.get(1).startsWith("-")) {
      program(argv.subList(1, argv.size()));
    } else {
      Scripts.checkArgument(fs, argv, path.get(), cwd(), this);
    }
  }

  /** Checks a found file can be exec'd: mode, shebang interpreter, dynamic loader. */
  private boolean executable(String path, String shown) {
    Entry e = fs.statFollow(path).orElseThrow();
    if ((e.mode() & 0111) == 0) {
      fail("program " + path, "mode " + Integer.toOctalString(e.mode()) + ", not executable",
          "exec " + shown + ": permission denied");
      return false;
    }
    Content c = e.content().orElse(Content.empty());
    Optional<String> shebang = Scripts.shebang(c);
    if (shebang.isPresent()) {
      return interpreter(path, shebang.get());
    }
    Optional<Linkage> linkage = Linkage.of(c);
    if (linkage.isPresent() && linkage.get().interpreter().isPresent()) {
      String loader = linkage.get().interpreter().get();
      if (!fs.exists(loader)) {
        fail("program " + path, "dynamically linked against " + libc(linkage.get()) + ", but its loader " + loader
            + " is not in the image", "exec " + path + ": no such file or directory");
        return false;
      }
      pass("program " + path, "dynamically linked; loader " + loader + " present");
      return true;
    }
    pass("program " + path, linkage.map(l -> "statically linked").orElse("executable"));
    return true;
  }

  private static String libc(Linkage l) {
    return l == Linkage.DYNAMIC_MUSL ? "musl" : "glibc";
  }

  private boolean interpreter(String script, String line) {
    String[] words = line.trim().split("\\s+");
    String interp = words[0];
    if (!fs.exists(interp)) {
      fail("program " + script, "script for " + interp + ", which is not in the image",
          "exec " + script + ": no such file or directory");
      return false;
    }
    if (interp.endsWith("/env") && words.length > 1 && lookup(words[1]).isEmpty()) {
      fail("program " + script, "script for " + words[1] + " (via env), which is not in PATH",
          "/usr/bin/env: '" + words[1] + "': No such file or directory");
      return false;
    }
    pass("program " + script, "script run by " + line.trim());
    return true;
  }

  Optional<String> lookup(String name) {
    if (name.contains("/")) {
      String abs = name.startsWith("/") ? name : cwd() + "/" + name;
      return fs.statFollow(abs).filter(e -> !e.isDir()).map(e -> abs);
    }
    for (String dir : pathVar().split(":")) {
      String candidate = (dir.endsWith("/") ? dir : dir + "/") + name;
      if (!dir.isEmpty() && fs.statFollow(candidate).filter(e -> !e.isDir()).isPresent()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  String cwd() {
    String dir = config.workingDir().isEmpty() ? "/" : config.workingDir();
    return dir.endsWith("/") && dir.length() > 1 ? dir.substring(0, dir.length() - 1) : dir.equals("/") ? "" : dir;
  }

  private String pathVar() {
    return config.env("PATH").orElse(DEFAULT_PATH);
  }
}
