package dev.layerlab.build.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A context is held in memory, so its entry count has a limit with a message that says what to do. */
class ContextLimitTest {
  @TempDir Path dir;

  private void files(String sub, int n) throws IOException {
    Files.createDirectories(dir.resolve(sub));
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(sub).resolve("f" + i), "x");
    }
  }

  @Test
  void moreEntriesThanTheLimit_isRefused_sayingWhatToDo() throws IOException {
    files("src", 20);
    HostReader reader = new HostReader(dir, DockerIgnore.none(), 10);
    assertThatThrownBy(reader::walk).isInstanceOf(IOException.class)
        .hasMessage("it has more than 10 files and directories, and layerlab holds the context in memory;"
            + " exclude what the build does not need in .dockerignore");
  }

  @Test
  void ignoredFiles_doNotCountTowardsTheLimit() throws IOException {
    files("node_modules", 50);
    files("src", 3);
    Files.writeString(dir.resolve(".dockerignore"), "node_modules\n");
    HostReader reader = new HostReader(dir, DockerIgnore.parse(Files.readString(dir.resolve(".dockerignore"))), 10);
    reader.walk();
    assertThat(reader.kept()).containsKeys("src/f0", "src/f2").doesNotContainKey("node_modules/f0");
  }
}
