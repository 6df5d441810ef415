package dev.layerlab.repl;

import dev.layerlab.render.DockerfileView;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The commands that edit the Dockerfile by line number: show, edit, insert, delete, move, swap. */
final class DockerfileCommands {
  private DockerfileCommands() {}

  @Command(name = "show", description = "Show the Dockerfile, numbered and highlighted.")
  static final class Show extends SessionCommand {
    @Override
    void run() {
      show(session, 0);
    }
  }

  @Command(name = "edit", description = "Replace line N of the Dockerfile with TEXT (typed as is, quotes and all).")
  static final class Edit extends SessionCommand {
    @Parameters(index = "0", paramLabel = "N", description = "The line number (see show).") int line;
    @Parameters(index = "1", paramLabel = "TEXT", description = "The new line.") String text;

    @Override
    void run() {
      edit(session, invocation(), line, lines -> lines.set(check(lines, line) - 1, text));
    }
  }

  @Command(name = "insert", description = "Insert TEXT as line N of the Dockerfile; the lines from N move down.")
  static final class Insert extends SessionCommand {
    @Parameters(index = "0", paramLabel = "N", description = "Where the new line goes (1 to last+1).") int line;
    @Parameters(index = "1", paramLabel = "TEXT", description = "The new line.") String text;

    @Override
    void run() {
      edit(session, invocation(), line, lines -> {
        if (line < 1 || line > lines.size() + 1) {
          throw new ReplException("insert where? line " + line + " is not between 1 and " + (lines.size() + 1));
        }
        lines.add(line - 1, text);
      });
    }
  }

  @Command(name = "delete", aliases = "del", description = "Delete line N of the Dockerfile.")
  static final class Delete extends SessionCommand {
    @Parameters(paramLabel = "N", description = "The line number.") int line;

    @Override
    void run() {
      edit(session, invocation(), Math.max(1, line - 1), lines -> lines.remove(check(lines, line) - 1));
    }
  }

  @Command(name = "move", description = "Move line N so that it becomes line M; the lines between shift.")
  static final class Move extends SessionCommand {
    @Parameters(index = "0", paramLabel = "N", description = "The line to move.") int from;
    @Parameters(index = "1", paramLabel = "M", description = "Where it ends up.") int to;

    @Override
    void run() {
      edit(session, invocation(), to, lines -> {
        String moved = lines.remove(check(lines, from) - 1);
        lines.add(check(lines.size() + 1, to) - 1, moved);
      });
    }
  }

  @Command(name = "swap", description = "Swap lines N and M of the Dockerfile.")
  static final class Swap extends SessionCommand {
    @Parameters(index = "0", paramLabel = "N", description = "One line.") int a;
    @Parameters(index = "1", paramLabel = "M", description = "The other.") int b;

    @Override
    void run() {
      edit(session, invocation(), b, lines -> {
        String first = lines.get(check(lines, a) - 1);
        lines.set(a - 1, lines.get(check(lines, b) - 1));
        lines.set(b - 1, first);
      });
    }
  }

  interface LineEdit {
    void apply(List<String> lines);
  }

  /** Edits the lines, records the change for undo, and shows the result with the changed line marked. */
  static void edit(Session session, String command, int mark, LineEdit e) {
    List<String> lines = new ArrayList<>(session.sandbox().lines());
    e.apply(lines);
    if (!session.change(command, s -> s.withLines(lines))) {
      session.console().println("(no change)");
      return;
    }
    show(session, mark);
  }

  static void show(Session session, int mark) {
    Console c = session.console();
    c.print(DockerfileView.render(session.sandbox().lines(), mark, c.width()));
  }

  static int check(List<String> lines, int n) {
    return check(lines.size(), n);
  }

  static int check(int size, int n) {
    if (size == 0) {
      throw new ReplException("the Dockerfile is empty: insert 1 FROM busybox");
    }
    if (n < 1 || n > size) {
      throw new ReplException("no line " + n + ": the Dockerfile has lines 1 to " + size);
    }
    return n;
  }
}
