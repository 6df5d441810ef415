package dev.layerlab.cli;

import dev.layerlab.image.Image;
import dev.layerlab.render.HistoryView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab history}: builds the context, then shows the image's history as {@code docker history} does. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Build, then show the image's history in docker history's columns (newest first).")
final class HistoryCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--no-trunc", description = "Don't truncate CREATED BY or the image ID.")
  boolean noTrunc;

  @Option(names = {"-H", "--human"}, arity = "1", defaultValue = "true", paramLabel = "BOOL",
      description = "Print sizes and dates in human-readable form (default: true).")
  boolean human;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    Optional<Image> image = ImageCommands.buildQuietly(options, err);
    image.ifPresent(i -> out.print(HistoryView.render(i, noTrunc, human, java.time.Instant.now())));
    return image.isPresent() ? 0 : 1;
  }
}
