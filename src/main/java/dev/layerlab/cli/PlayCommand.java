package dev.layerlab.cli;

import dev.layerlab.repl.Repl;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab play SCRIPT}: replays REPL commands with a pause between them, the same way every time. */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = "Replay a file of REPL commands, pausing for Enter between them (# say TEXT prints TEXT, # pause waits).")
final class PlayCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SCRIPT", description = "One REPL command per line.")
  Path script;

  @Option(names = "--no-pause", description = "Run straight through (CI).")
  boolean noPause;

  @Option(names = "--dir", paramLabel = "DIR", description = "Start on this project instead of the starter sandbox.")
  Path dir;

  @Option(names = "--present", description = "Presentation mode.")
  boolean present;

  @Override
  public Integer call() {
    return Repl.play(script, noPause, new Repl.Options(Optional.ofNullable(dir), present, false, false));
  }
}
