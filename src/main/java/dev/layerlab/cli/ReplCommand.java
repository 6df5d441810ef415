package dev.layerlab.cli;

import dev.layerlab.repl.Repl;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab repl [DIR]}: the interactive sandbox, on a project directory or the starter sandbox. */
@Command(name = "repl", mixinStandardHelpOptions = true,
    description = "Open the interactive sandbox on DIR's Dockerfile and context (read into memory; written back only by save).")
final class ReplCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "A project directory (default: the starter sandbox).")
  Path dir;

  @Option(names = "--present", description = "Presentation mode: large step headers, high contrast, a pause after every step.")
  boolean present;

  @Option(names = "--no-color", description = "No colour (NO_COLOR does the same).")
  boolean noColor;

  @Option(names = "--no-history", description = "Do not keep the command history in ~/.layerlab/history.")
  boolean noHistory;

  /** Set by plain {@code layerlab}: a learner with no progress yet starts on the first lesson. */
  boolean firstLesson;

  @Override
  public Integer call() {
    return Repl.start(options());
  }

  Repl.Options options() {
    return new Repl.Options(Optional.ofNullable(dir), present, noColor, !noHistory, firstLesson);
  }
}
