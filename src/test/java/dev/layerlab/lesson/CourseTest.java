package dev.layerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.repl.LessonReplay;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Lessons are levels (DESIGN §5): every reference solution reaches its goal, every untouched start misses it. */
class CourseTest {
  private static final Course COURSE = Course.from(Path.of("lessons"));

  @TestFactory
  List<DynamicTest> everyLesson_startFails_solutionPasses() {
    assertThat(COURSE.lessons()).isNotEmpty();
    return COURSE.lessons().stream().map(l -> DynamicTest.dynamicTest(l.id(), () -> {
      LessonReplay.Outcome o = LessonReplay.replay(l);
      assertThat(o.start().passed()).as("the untouched start state of %s must miss the goal", l.id()).isFalse();
      assertThat(o.failedCommand()).as("solution commands of %s:\n%s", l.id(), o.transcript()).isEmpty();
      assertThat(o.solved().passed()).as("the solution of %s:\n%s", l.id(), o.solved().text(false)).isTrue();
    })).toList();
  }

  @TestFactory
  List<DynamicTest> everyLesson_hasHints_andAFailingStartNamesWhatIsMissing() {
    return COURSE.lessons().stream().map(l -> DynamicTest.dynamicTest(l.id(), () -> {
      assertThat(l.hints()).isNotEmpty();
      Report r = Checker.checkStart(l);
      assertThat(r.text(false)).contains("- ").contains("sub-goals met");
    })).toList();
  }
}
