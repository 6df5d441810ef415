package dev.layerlab.repl;

import dev.layerlab.lesson.Checker;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A lesson played headlessly, as {@code layerlab lesson verify} and the lesson tests do: its start state
 * checked untouched, then its reference solution typed into a REPL session, and the goal checked again.
 */
public final class LessonReplay {
  private LessonReplay() {}

  /** What a replay found: the start's report, the solution's, a failed command if any, and the transcript. */
  public record Outcome(Report start, Report solved, Optional<String> failedCommand, String transcript) {
    public boolean ok() {
      return !start.passed() && solved.passed() && failedCommand.isEmpty();
    }
  }

  public static Outcome replay(Lesson lesson) {
    StringWriter text = new StringWriter();
    Console console = new Console(new PrintWriter(text), Optional.empty(), false, false, p -> { });
    Session session = new Session(StartState.lesson(lesson), console,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    session.lessons().recording = false;
    Report start = Checker.check(lesson, session.sandbox().dockerfile(), session.sandbox().context());
    Dispatcher d = new Dispatcher(session);
    Optional<String> failed = Optional.empty();
    for (String line : lesson.solution()) {
      console.println("> " + line);
      if (d.run(line) != 0 && failed.isEmpty()) {
        failed = Optional.of(line);
      }
    }
    Report solved = Checker.check(lesson, session.sandbox().dockerfile(), session.sandbox().context());
    return new Outcome(start, solved, failed, text.toString());
  }
}
