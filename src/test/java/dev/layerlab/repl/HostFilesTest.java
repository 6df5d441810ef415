package dev.layerlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written for the user replaces the old one whole and leaves nothing else behind. */
class HostFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheFile_andLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("Dockerfile");
    Files.writeString(f, "FROM old\n");
    HostFiles.writeAtomically(f, "FROM new\n".getBytes(StandardCharsets.UTF_8));
    assertThat(f).hasContent("FROM new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void aFailedWrite_leavesTheOldFileAsItWas() throws IOException {
    Path f = dir.resolve("Dockerfile");
    Files.writeString(f, "FROM old\n");
    Path missingDir = dir.resolve("gone/Dockerfile");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HostFiles.writeAtomically(missingDir, new byte[1]))
        .isInstanceOf(IOException.class);
    assertThat(f).hasContent("FROM old");
  }
}
