package dev.layerlab.repl;

import dev.layerlab.lesson.Checker;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Report;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The course: lesson list|N|next|prev, goal, hint, check, solution; and the goal check after every build. */
final class LessonCommands {
  private LessonCommands() {}

  @Command(name = "lesson", description = "The course: lesson list, lesson N (start lesson N), lesson next, lesson prev.")
  static final class LessonCmd extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "list|N|next|prev", description = "Default: list.") String which = "list";

    @Override
    void run() {
      Course course = session.lessons().course();
      int at = current(session).map(Lesson::number).orElse(0);
      switch (which) {
        case "list" -> list(course);
        case "next" -> start(session, pick(course, String.valueOf(at + 1), "this is the last lesson"), invocation());
        case "prev" -> start(session, pick(course, String.valueOf(at - 1), "this is the first lesson"), invocation());
        default -> start(session, pick(course, which, "no lesson " + which + " (lesson list shows them)"), invocation());
      }
    }

    private void list(Course course) {
      var progress = session.lessons().progress(out());
      for (Lesson l : course.lessons()) {
        boolean here = current(session).map(c -> c.id().equals(l.id())).orElse(false);
        out().println((here ? "> " : "  ") + String.format("%2d", l.number()) + (progress.done(l.id()) ? " [done] " : "        ")
            + l.title());
      }
      out().println("lesson N starts one; goal, hint, check and solution help inside it");
    }

    private static Lesson pick(Course course, String which, String otherwise) {
      return course.find(which).orElseThrow(() -> new ReplException(otherwise));
    }
  }

  @Command(name = "goal", description = "The current lesson: its text and what the goal checks.")
  static final class Goal extends SessionCommand {
    @Override
    void run() {
      Lesson l = need(session);
      out().println("Lesson " + l.number() + ": " + l.title());
      out().println(l.intro());
      out().println("Goal (checked after every build, on a fresh builder):");
      l.goals().forEach(g -> out().println("  - " + g.name()));
    }
  }

  @Command(name = "hint", description = "The next hint for the current lesson.")
  static final class Hint extends SessionCommand {
    @Override
    void run() {
      Lesson l = need(session);
      LessonState st = session.lessons();
      int i = Math.min(st.hintsShown, l.hints().size() - 1);
      out().println("hint " + (i + 1) + "/" + l.hints().size() + ": " + l.hints().get(i).strip());
      st.hintsShown = i + 1;
    }
  }

  @Command(name = "check", description = "Check the current lesson's goal now (build does it too).")
  static final class Check extends SessionCommand {
    @Override
    void run() {
      report(session, need(session));
    }
  }

  @Command(name = "solution", description = "Go back to the lesson's start and replay the reference solution (undo returns).")
  static final class Solution extends SessionCommand {
    @Override
    void run() {
      Lesson l = need(session);
      session.lessons().solutionViewed = true;
      session.change("reset", s -> session.start().sandbox());
      out().println("replaying the reference solution of lesson " + l.number() + " (not counted as finished):");
      Dispatcher d = new Dispatcher(session);
      for (String line : l.solution()) {
        out().println(session.start().name() + "> " + line);
        d.run(line);
      }
    }
  }

  /** Starts a lesson: its start state (undoable), and it becomes the current lesson in the progress file. */
  static void start(Session session, Lesson l, String command) {
    session.restart(StartState.lesson(l), command);
    session.forgetCache();
    session.lessons().started();
    try {
      session.lessons().progress(session.console()).current(l.id());
    } catch (IOException e) {
      session.console().println("(could not save your progress: " + e.getMessage() + ")");
    }
    Console c = session.console();
    c.println("Lesson " + l.number() + "/" + session.lessons().course().lessons().size() + ": " + l.title());
    c.println(l.intro());
    c.println("Goal:");
    l.goals().forEach(g -> c.println("  - " + g.name()));
    c.println("show, edit, build; hint when stuck, solution to see one way.");
  }

  /** After every build in a lesson: the goal report; a passed goal is recorded. */
  static void afterBuild(Session session) {
    session.start().lesson().ifPresent(l -> report(session, l));
  }

  static Report report(Session session, Lesson l) {
    Sandbox s = session.sandbox();
    Report r = Checker.check(l, s.dockerfile(), s.context());
    Console c = session.console();
    c.println("Goal of lesson " + l.number() + ":");
    c.print(r.text(c.unicode()));
    if (r.passed() && !session.lessons().solutionViewed && session.lessons().recording) {
      try {
        session.lessons().progress(c).finished(l.id());
      } catch (IOException e) {
        c.println("(could not save your progress: " + e.getMessage() + ")");
      }
      int total = session.lessons().course().lessons().size();
      c.println(l.number() < total ? "lesson next goes on to lesson " + (l.number() + 1) : "that was the last lesson: well done");
    }
    return r;
  }

  static java.util.Optional<Lesson> current(Session session) {
    return session.start().lesson();
  }

  private static Lesson need(Session session) {
    return current(session).orElseThrow(() -> new ReplException("not in a lesson: lesson list shows the course"));
  }

  static List<String> names() {
    return List.of("lesson", "goal", "hint", "check", "solution");
  }
}
