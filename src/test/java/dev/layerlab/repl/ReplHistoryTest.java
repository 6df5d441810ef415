package dev.layerlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged history file is moved aside with a message; the session keeps a new one. */
class ReplHistoryTest {
  @TempDir Path home;

  private ReplHistory attached(Path file) throws IOException {
    DumbTerminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        StandardCharsets.UTF_8);
    ReplHistory history = new ReplHistory();
    LineReader reader = LineReaderBuilder.builder().terminal(t).history(history)
        .variable(LineReader.HISTORY_FILE, file).build();
    history.attach(reader);
    return history;
  }

  @Test
  void badUtf8_isMovedAside_andANewHistoryIsSaved() throws IOException {
    Path file = home.resolve("history");
    Files.write(file, new byte[] {'1', ':', 'l', 's', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    ReplHistory history = attached(file);
    assertThat(history.damage()).hasValueSatisfying(d -> assertThat(d)
        .contains("could not be read").contains("moved to " + home.resolve("history.damaged")));
    assertThat(home.resolve("history.damaged")).exists();
    history.add("build");
    history.save();
    assertThat(Files.readString(file)).endsWith(":build\n");
    assertThat(attached(file).damage()).isEmpty();
  }

  @Test
  void aDirectoryWhereTheFileShouldBe_isMovedAsideToo() throws IOException {
    Path file = Files.createDirectories(home.resolve("history"));
    ReplHistory history = attached(file);
    assertThat(history.damage()).isPresent();
    assertThat(home.resolve("history.damaged")).isDirectory();
    history.add("show");
    history.save();
    assertThat(Files.readString(file)).endsWith(":show\n");
  }

  @Test
  void aGoodFile_loadsAsJLineWroteIt() throws IOException {
    Path file = home.resolve("history");
    Files.writeString(file, "1796425813909:show\n1796425815919:build --no-cache\n");
    ReplHistory history = attached(file);
    assertThat(history.damage()).isEmpty();
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(1)).isEqualTo("build --no-cache");
  }
}
