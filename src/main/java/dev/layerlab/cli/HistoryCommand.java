package dev.layerlab.cli;

import dev.layerlab.image.Image;
import dev.layerlab.render.HistoryView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab history}: builds the context, then shows the image's history as {@code docker history} does. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Build, then show the image's history in docker history's columns (newest first).")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--no-trunc", description = "Don't truncate CREATED BY or the image ID.")
  boolean noTrunc;

  @Option(names = {"-H", "--human"}, arity = "1", defaultValue = "true", paramLabel = "BOOL",
      description = "Print sizes and dates in human-readable form (default: true).")
  boolean human;

  @Override
  public Integer call() {
    options.context = context;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Optional<Image> image = ImageCommands.buildQuietly(options, err);
      image.ifPresent(i -> out.print(HistoryView.render(i, noTrunc, human, java.time.Instant.now())));
      out.flush();
      err.flush();
      return image.isPresent() ? 0 : 1;
    } catch (UserError e) {
      err.println("ERROR: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
