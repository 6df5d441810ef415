package dev.layerlab.repl;

import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Progress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the REPL keeps about lessons: the course (read once, when first needed), the progress file,
 * how many hints of the current lesson were shown, and whether its solution was viewed (a lesson
 * finished by replaying the solution is not recorded as done).
 */
final class LessonState {
  private Optional<Course> course = Optional.empty();
  private Optional<Progress> progress = Optional.empty();
  private Path progressFile = Progress.defaultFile();
  /** False in a headless replay: nothing is written to the learner's progress file. */
  boolean recording = true;
  int hintsShown;
  boolean solutionViewed;

  Course course() {
    if (course.isEmpty()) {
      course = Optional.of(Course.bundled());
    }
    return course.get();
  }

  void progressFile(Path file) {
    progressFile = file;
    progress = Optional.empty();
  }

  Progress progress(Console console) {
    if (progress.isEmpty()) {
      Progress p = Progress.load(progressFile);
      p.warnings().forEach(w -> console.println("warning: " + w));
      progress = Optional.of(p);
    }
    return progress.get();
  }

  void started() {
    hintsShown = 0;
    solutionViewed = false;
  }
}
