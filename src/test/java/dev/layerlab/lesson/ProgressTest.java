package dev.layerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir Path dir;

  @Test
  void progress_isWrittenAndReadBack() throws IOException {
    Path f = dir.resolve("sub/progress");
    Progress p = Progress.load(f);
    p.current("02-b");
    p.finished("01-a");
    Progress again = Progress.load(f);
    assertThat(again.warnings()).isEmpty();
    assertThat(again.current()).contains("02-b");
    assertThat(again.done("01-a")).isTrue();
    assertThat(Files.readString(f)).contains("current 02-b\n").contains("done 01-a\n");
  }

  @Test
  void damagedFile_givesAWarning_andAFreshStart() throws IOException {
    Path f = dir.resolve("progress");
    Files.write(f, new byte[] {'c', 'u', 'r', 0, (byte) 0xff, '\n', 'x', 'y', 'z'});
    Progress p = Progress.load(f);
    assertThat(p.warnings()).singleElement().asString().contains("damaged").contains("starting afresh");
    assertThat(p.current()).isEmpty();
    p.current("01-a");
    assertThat(Progress.load(f).warnings()).isEmpty();
  }
}
