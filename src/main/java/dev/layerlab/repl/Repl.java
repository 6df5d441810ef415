package dev.layerlab.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The read-eval-print loop over a JLine terminal. On a real terminal: completion, highlighting,
 * history in ~/.layerlab/history, colour unless NO_COLOR. On a dumb one (pipes, CI, tests): width 80,
 * no colour, each line echoed after the prompt so a transcript reads as a session, and an unterminated
 * last line still run.
 */
public final class Repl {
  private final Session session;
  private final Dispatcher dispatcher;
  private final LineReader reader;
  private final boolean dumb;
  private boolean failed;

  /** How to start: which sandbox, presentation mode, colour. */
  /**
   * @param firstLesson start a learner who has no progress yet on the first lesson (plain {@code layerlab});
   *     {@code layerlab repl} without a directory starts the starter sandbox then
   */
  public record Options(Optional<Path> project, boolean present, boolean noColor, boolean history, boolean firstLesson) {
    public Options(Optional<Path> project, boolean present, boolean noColor, boolean history) {
      this(project, present, noColor, history, false);
    }
  }

  Repl(Terminal terminal, StartState start, Options options, Clock clock) {
    this.dumb = isDumb(terminal);
    this.reader = reader(terminal, options);
    boolean colour = !dumb && !options.noColor() && System.getenv("NO_COLOR") == null;
    Console console = new Console(terminal.writer(), Optional.of(terminal), colour, !dumb || utf8(terminal), this::pause);
    console.present(options.present());
    if (!dumb) {
      console.editing(program -> {
        terminal.pause();
        try {
          program.start().waitFor();
        } finally {
          terminal.resume();
        }
      });
    }
    this.session = new Session(start, console, clock);
    this.dispatcher = new Dispatcher(session);
    ((org.jline.reader.impl.LineReaderImpl) reader).setCompleter(new ReplCompleter(session, dispatcher.commandLine()));
  }

  /** {@code layerlab} and {@code layerlab repl DIR}: the loop on the process's terminal. */
  public static int start(Options options) {
    try (Terminal t = TerminalBuilder.builder().name("layerlab").system(true).dumb(true).build()) {
      return new Repl(t, startState(options), options, Clock.systemUTC()).loop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReplException e) {
      System.err.println("layerlab: " + e.getMessage());
      return 1;
    }
  }

  /** {@code layerlab play SCRIPT}: a file of REPL commands, replayed with a pause between them. */
  public static int play(Path script, boolean noPause, Options options) {
    try (Terminal t = TerminalBuilder.builder().name("layerlab").system(true).dumb(true).build()) {
      Repl repl = new Repl(t, startState(options), options, Clock.systemUTC());
      return new Player(repl, noPause).play(script);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReplException e) {
      System.err.println("layerlab: " + e.getMessage());
      return 1;
    }
  }

  /**
   * A project when one is named; else the learner's current lesson, if the progress file names one; on
   * a first run (no progress file yet) the first lesson; else the starter sandbox.
   */
  static StartState startState(Options options) {
    return options.project().map(StartState::project).orElseGet(() -> currentLesson(options.firstLesson()));
  }

  private static StartState currentLesson(boolean firstLesson) {
    try {
      java.nio.file.Path file = dev.layerlab.lesson.Progress.defaultFile();
      boolean firstRun = firstLesson && !java.nio.file.Files.exists(file);
      dev.layerlab.lesson.Progress p = dev.layerlab.lesson.Progress.load(file);
      p.warnings().forEach(w -> System.err.println("layerlab: warning: " + w));
      dev.layerlab.lesson.Course course = dev.layerlab.lesson.Course.bundled();
      java.util.Optional<String> id = p.current().or(() -> firstRun && !course.lessons().isEmpty()
          ? java.util.Optional.of("1") : java.util.Optional.empty());
      return id.flatMap(course::find).map(StartState::lesson).orElseGet(StartState::starter);
    } catch (RuntimeException e) {
      System.err.println("layerlab: the course could not be read (" + e.getMessage() + "); starting the starter sandbox");
      return StartState.starter();
    }
  }

  /** Reads and runs lines until exit, Ctrl-D or the end of the input; non-zero if a scripted command failed. */
  int loop() {
    welcome();
    loadHistory();
    while (!session.quitting()) {
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        String partial = e.getPartialLine();
        if (partial != null && !partial.isBlank()) {
          runLine(partial);
        }
        break;
      }
      runLine(line);
    }
    session.console().println(dumb ? "" : "bye (nothing was written unless you saved)");
    saveHistory();
    return dumb && failed ? 1 : 0;
  }

  void runLine(String line) {
    if (dumb) {
      session.console().println(line);
    }
    failed |= dispatcher.run(line) != 0;
  }

  /** Runs a line without echoing it; its status. */
  int dispatch(String line) {
    int status = dispatcher.run(line);
    failed |= status != 0;
    return status;
  }

  Session session() {
    return session;
  }

  String prompt() {
    return session.stepper().map(s -> "step " + s.position() + "/" + s.total() + "> ")
        .orElse(session.start().name() + "> ");
  }

  boolean dumb() {
    return dumb;
  }

  LineReader reader() {
    return reader;
  }

  void welcome() {
    Console c = session.console();
    c.println("layerlab: the " + session.start().name() + " sandbox, in memory (nothing is written unless you save).");
    session.start().lesson().ifPresentOrElse(l -> {
      c.println("Lesson " + l.number() + ": " + l.title() + " (goal shows the task, hint helps, lesson list shows the course)");
    }, () -> c.println("Try: show, build, write FILE TEXT, build again, undo. help lists every command."));
  }

  /** Reads the history file now rather than at the first prompt, so a damaged one is reported first. */
  private void loadHistory() {
    if (reader.getHistory() instanceof ReplHistory h) {
      h.attach(reader);
      h.damage().ifPresent(d -> session.console().println("(" + d + ")"));
    }
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      session.console().println("(could not save the command history: " + e.getMessage() + ")");
    }
  }

  private void pause(String prompt) {
    if (dumb) {
      return;
    }
    try {
      reader.readLine("  (" + prompt + ") ");
    } catch (UserInterruptException | EndOfFileException e) {
      // Leaving the pause early is fine: the output is already shown.
    }
  }

  private static LineReader reader(Terminal terminal, Options options) {
    DefaultParser parser = new DefaultParser();
    parser.setEscapeChars(new char[0]);
    LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("layerlab").parser(parser)
        .highlighter(new ReplHighlighter())
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
        .history(new ReplHistory())
        .variable(LineReader.LIST_MAX, 200);
    if (options.history() && !isDumb(terminal)) {
      String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
      b.variable(LineReader.HISTORY_FILE, Path.of(home, ".layerlab", "history"));
    }
    return b.build();
  }

  private static boolean isDumb(Terminal t) {
    return t.getType().startsWith(Terminal.TYPE_DUMB);
  }

  private static boolean utf8(Terminal t) {
    return t.encoding() != null && t.encoding().name().toUpperCase().startsWith("UTF");
  }

  PrintWriter writer() {
    return session.console().writer();
  }
}
