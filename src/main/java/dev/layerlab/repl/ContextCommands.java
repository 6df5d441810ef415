package dev.layerlab.repl;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextEntry;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.EntryType;
import dev.layerlab.render.Sizes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands on the build context in memory: ls, cat, write, append, touch, rm, chmod. */
final class ContextCommands {
  private ContextCommands() {}

  @Command(name = "ls", description = "List the build context (in memory). Paths .dockerignore keeps out are marked.")
  static final class Ls extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory of the context (default: its root).")
    String dir = "";

    @Override
    void run() {
      String d = Paths.clean(dir);
      Sandbox s = session.sandbox();
      if (!d.isEmpty() && s.get(d).map(e -> e.type() != EntryType.DIR).orElse(true)) {
        throw new ReplException(s.get(d).isPresent() ? d + " is a file: try cat " + d : "no such directory: " + d);
      }
      BuildContext seen = s.context();
      String prefix = d.isEmpty() ? "" : d + "/";
      s.entries().values().stream().filter(e -> e.path().startsWith(prefix)).forEach(e -> out().println(line(e, prefix, seen)));
      if (s.entries().isEmpty()) {
        out().println("(the context is empty)");
      }
    }

    private static String line(ContextEntry e, String prefix, BuildContext seen) {
      String rel = e.path().substring(prefix.length());
      int depth = (int) rel.chars().filter(c -> c == '/').count();
      String name = "  ".repeat(depth) + e.name() + (e.isDir() ? "/" : "")
          + e.linkTarget().map(t -> " -> " + t).orElse("");
      String size = e.isDir() ? "" : Sizes.human(e.size());
      String ignored = seen.get(e.path()).isPresent() ? "" : "  (ignored by .dockerignore)";
      return String.format("%s  %8s  %s%s", mode(e), size, name, ignored);
    }
  }

  @Command(name = "cat", description = "Print a file of the build context.")
  static final class Cat extends SessionCommand {
    @Parameters(paramLabel = "PATH", description = "The file.") String path;

    @Override
    void run() {
      ContextEntry e = file(session.sandbox(), Paths.clean(path));
      Content c = e.content().orElse(Content.empty());
      if (!(c instanceof Content.Bytes b)) {
        out().println("(" + Sizes.human(c.size()) + " of modelled content: layerlab keeps its size, not its bytes)");
      } else if (isBinary(b.bytes())) {
        out().println("(binary file, " + Sizes.human(b.size()) + ")");
      } else {
        String t = new String(b.bytes(), StandardCharsets.UTF_8);
        out().print(t.isEmpty() || t.endsWith("\n") ? t : t + "\n(no newline at end of file)\n");
      }
    }
  }

  @Command(name = "write", description = "Write TEXT and a newline to a file of the context, replacing it. \\n in TEXT starts a new line.")
  static final class Write extends SessionCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "The file (created with its directories if missing).") String path;
    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "What it holds (\\n for a new line).") String text = "";

    @Override
    void run() {
      String p = writable(session.sandbox(), path);
      Content c = Content.of(Paths.unescape(text) + "\n");
      report(session, session.change(invocation(), s -> s.withFile(p, c, s.modeOr(p, 0644))), "wrote " + p + " (" + Sizes.human(c.size()) + ")");
    }
  }

  @Command(name = "append", description = "Append TEXT and a newline to a file of the context. \\n in TEXT starts a new line.")
  static final class Append extends SessionCommand {
    @Parameters(index = "0", paramLabel = "PATH", description = "The file (created if missing).") String path;
    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "The text to add.") String text = "";

    @Override
    void run() {
      String p = writable(session.sandbox(), path);
      Content before = session.sandbox().get(p).flatMap(ContextEntry::content).orElse(Content.empty());
      Content c = before.append(Content.of(Paths.unescape(text) + "\n"));
      report(session, session.change(invocation(), s -> s.withFile(p, c, s.modeOr(p, 0644))), "appended to " + p + " (now " + Sizes.human(c.size()) + ")");
    }
  }

  @Command(name = "touch", description = "Create an empty file (an existing one is left alone: the build cache ignores timestamps).")
  static final class Touch extends SessionCommand {
    @Parameters(paramLabel = "PATH", description = "The file.") String path;

    @Override
    void run() {
      String p = writable(session.sandbox(), path);
      boolean changed = session.change(invocation(), s -> s.get(p).isPresent() ? s : s.withFile(p, Content.empty(), 0644));
      out().println(changed ? "created " + p : p + " exists; its content is unchanged, so the build cache sees no change");
    }
  }

  @Command(name = "mkdir", description = "Create a directory in the context.")
  static final class Mkdir extends SessionCommand {
    @Parameters(paramLabel = "DIR", description = "The directory (parents too).") String path;

    @Override
    void run() {
      String p = writable(session.sandbox(), path);
      report(session, session.change(invocation(), s -> s.withDir(p)), "created " + p + "/");
    }
  }

  @Command(name = "rm", description = "Remove a file or, with -r, a directory from the context.")
  static final class Rm extends SessionCommand {
    @Option(names = {"-r", "-rf", "--recursive"}, description = "Remove a directory and everything in it.") boolean recursive;
    @Parameters(paramLabel = "PATH", description = "What to remove.") String path;

    @Override
    void run() {
      String p = Paths.clean(path);
      ContextEntry e = session.sandbox().get(p).orElseThrow(() -> new ReplException("no such file: " + p));
      if (e.isDir() && !recursive && !session.sandbox().without(p).withDir(p).equals(session.sandbox())) {
        throw new ReplException(p + " is a directory that is not empty: rm -r " + p);
      }
      report(session, session.change(invocation(), s -> s.without(p)), "removed " + p + (e.isDir() ? "/" : ""));
    }
  }

  @Command(name = "chmod", description = "Set a context file's permission bits (octal), which COPY keeps.")
  static final class Chmod extends SessionCommand {
    @Parameters(index = "0", paramLabel = "MODE", description = "Octal, e.g. 755 or 0644.") String mode;
    @Parameters(index = "1", paramLabel = "PATH", description = "The file or directory.") String path;

    @Override
    void run() {
      String p = Paths.clean(path);
      session.sandbox().get(p).orElseThrow(() -> new ReplException("no such file: " + p));
      if (!mode.matches("[0-7]{1,4}")) {
        throw new ReplException("MODE is octal digits, like 755 or 0644 (letters like u+x are not supported)");
      }
      int m = Integer.parseInt(mode, 8) & 07777;
      report(session, session.change(invocation(), s -> s.withMode(p, m)), p + " is now " + String.format("%04o", m));
    }
  }

  static String mode(ContextEntry e) {
    char type = e.isDir() ? 'd' : e.type() == EntryType.SYMLINK ? 'l' : '-';
    StringBuilder sb = new StringBuilder().append(type);
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      sb.append((e.mode() & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    return sb.toString();
  }

  static ContextEntry file(Sandbox s, String p) {
    ContextEntry e = s.get(p).orElseThrow(() -> new ReplException("no such file: " + p + suggestion(s.entries().keySet().stream().toList())));
    if (e.isDir()) {
      throw new ReplException(p + " is a directory: try ls " + p);
    }
    return e;
  }

  private static String suggestion(List<String> paths) {
    return paths.isEmpty() ? "" : " (ls lists the context)";
  }

  static String writable(Sandbox s, String typed) {
    String p = Paths.clean(typed);
    if (p.isEmpty()) {
      throw new ReplException("which file? give a path inside the context, like src/app.js");
    }
    if (s.get(p).map(ContextEntry::isDir).orElse(false)) {
      throw new ReplException(p + " is a directory");
    }
    return p;
  }

  private static boolean isBinary(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 8000); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static void report(Session session, boolean changed, String message) {
    session.console().println(changed ? message : "(no change)");
  }
}
