package dev.layerlab.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;

/** {@code open}: edit the Dockerfile in $EDITOR (a temporary copy, read back into memory afterwards). */
@Command(name = "open", description = "Edit the Dockerfile in $EDITOR; it is read back into memory when the editor exits.")
final class EditorCommand extends SessionCommand {
  @Override
  void run() {
    String editor = System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR");
    if (editor == null || editor.isBlank()) {
      throw new ReplException("set $EDITOR (e.g. export EDITOR=nano) to use open; edit N TEXT works everywhere");
    }
    Console.Editing editing = out().editing().orElseThrow(() -> new ReplException(
        "open needs an interactive terminal; in a script use edit N TEXT"));
    String text = roundTrip(editor, editing);
    boolean changed = session.change("open", s -> s.withLines(Arrays.asList(text.split("\n", -1)).subList(0,
        text.endsWith("\n") ? text.split("\n", -1).length - 1 : text.split("\n", -1).length)));
    if (changed) {
      DockerfileCommands.show(session, 0);
    } else {
      out().println("(no change)");
    }
  }

  private String roundTrip(String editor, Console.Editing editing) {
    try {
      Path tmp = Files.createTempFile("layerlab-", ".Dockerfile");
      try {
        Files.writeString(tmp, session.sandbox().dockerfile(), StandardCharsets.UTF_8);
        editing.run(new ProcessBuilder("sh", "-c", editor + " \"$0\"", tmp.toString()).inheritIO());
        return Files.readString(tmp, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ReplException("the editor failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReplException("interrupted");
    }
  }
}
