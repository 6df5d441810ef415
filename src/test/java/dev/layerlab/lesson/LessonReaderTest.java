package dev.layerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonReaderTest {
  @TempDir Path dir;

  private Path lesson(String yaml) throws IOException {
    Path l = dir.resolve("01-demo");
    Files.createDirectories(l.resolve("start"));
    Files.writeString(l.resolve("start/Dockerfile"), "FROM busybox\n");
    Files.writeString(l.resolve("lesson.yaml"), yaml);
    return l;
  }

  @Test
  void malformedYaml_namesFileAndLine() throws IOException {
    Path l = lesson("title: x\nintro: y\ngoals:\n  - name: [unclosed\nhints: [a]\n");
    assertThatThrownBy(() -> LessonReader.read(l, 1)).isInstanceOf(LessonException.class)
        .hasMessageStartingWith("01-demo/lesson.yaml:").hasMessageContaining("not valid YAML");
  }

  @Test
  void unknownCheck_namesItsLine() throws IOException {
    Path l = lesson("title: x\nintro: y\ngoals:\n  - name: small\n    check: size-tiny\nhints: [a]\nsolution: [build]\n");
    assertThatThrownBy(() -> LessonReader.read(l, 1)).isInstanceOf(LessonException.class)
        .hasMessageStartingWith("01-demo/lesson.yaml:5: unknown check \"size-tiny\"");
  }

  @Test
  void missingKey_andBadSize_areReported() throws IOException {
    Path l = lesson("title: x\ngoals:\n  - name: small\n    check: size-below\n    value: 10MB\nhints: [a]\nsolution: [build]\n");
    assertThatThrownBy(() -> LessonReader.read(l, 1)).hasMessageContaining("missing \"intro\"");
    Path m = lesson("title: x\nintro: y\ngoals:\n  - name: small\n    check: size-below\n    value: tiny\nhints: [a]\nsolution: [build]\n");
    assertThatThrownBy(() -> LessonReader.read(m, 1)).hasMessageStartingWith("01-demo/lesson.yaml:6: not a size");
  }

  @Test
  void wellFormedLesson_isRead() throws IOException {
    Path l = lesson("title: Demo\nintro: Hi\ngoals:\n  - name: builds\n    check: build-succeeds\n"
        + "hints: [build]\nsolution: [build]\ndisabled: [step]\ncosts:\n  go build: 2m\n");
    Lesson lesson = LessonReader.read(l, 1);
    assertThat(lesson.title()).isEqualTo("Demo");
    assertThat(lesson.disabled()).containsExactly("step");
    assertThat(lesson.costs().get(0).seconds()).isEqualTo(120.0);
    assertThat(Checker.checkStart(lesson).passed()).isTrue();
  }
}
