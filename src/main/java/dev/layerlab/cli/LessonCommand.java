package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.LessonException;
import dev.layerlab.lesson.Report;
import dev.layerlab.repl.LessonReplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab lesson verify [ID | --all]}: the course's authoring check, as CI runs it. */
@Command(name = "lesson", mixinStandardHelpOptions = true, description = "The course's lessons.",
    subcommands = LessonCommand.Verify.class)
final class LessonCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Check lessons: the untouched start state must miss the goal, the reference solution reach it.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A lesson's number or folder name.") String id;

    @Option(names = "--all", description = "Every lesson of the course.") boolean all;

    @Option(names = "--dir", paramLabel = "DIR", description = "A course folder to read instead of the bundled one.")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "Print each replay's transcript.") boolean verbose;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Course course;
      try {
        course = dir != null ? Course.from(dir) : Course.bundled();
      } catch (LessonException e) {
        out.println("lesson error: " + e.getMessage());
        return 1;
      }
      if (!all && (id == null || course.find(id).isEmpty())) {
        out.println(id == null ? "name a lesson (ID or number) or use --all" : "no lesson " + id + " (the course has "
            + course.lessons().size() + ")");
        out.flush();
        return 2;
      }
      List<Lesson> lessons = all ? course.lessons() : List.of(course.find(id).orElseThrow());
      int failed = 0;
      for (Lesson l : lessons) {
        LessonReplay.Outcome o = LessonReplay.replay(l);
        out.println((o.ok() ? "ok   " : "FAIL ") + l.id());
        if (!o.ok() || verbose) {
          failed += o.ok() ? 0 : 1;
          explain(out, o);
        }
      }
      out.println(lessons.size() - failed + "/" + lessons.size() + " lessons verified");
      out.flush();
      return failed == 0 ? 0 : 1;
    }

    private static void explain(PrintWriter out, LessonReplay.Outcome o) {
      if (o.start().passed()) {
        out.println("  the untouched start state already reaches the goal:");
        out.print(o.start().text(false));
      }
      o.failedCommand().ifPresent(c -> out.println("  a solution command failed: " + c));
      if (!o.solved().passed()) {
        out.println("  the reference solution misses the goal:");
        out.print(o.solved().text(false));
      }
      out.println("  transcript:");
      o.transcript().lines().forEach(line -> out.println("    " + line));
    }
  }
}
