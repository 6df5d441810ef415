package dev.layerlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs scripts/repl-e2e.sh (the REPL in tmux, typed at, screen checked); skipped with a message without tmux. */
class ReplTmuxTest {
  @Test
  void replInTmux_buildsEditsUndoesSteps() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")) || Files.isExecutable(Path.of("/usr/local/bin/tmux")),
        "tmux is not installed: the end-to-end REPL run is skipped (apt-get install tmux)");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder("bash", "scripts/repl-e2e.sh").redirectErrorStream(true);
    pb.environment().put("LAYERLAB_CMD",
        java + " -cp '" + System.getProperty("java.class.path") + "' dev.layerlab.cli.Main");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("PASS");
  }
}
