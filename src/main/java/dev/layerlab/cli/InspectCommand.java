package dev.layerlab.cli;

import dev.layerlab.image.Image;
import dev.layerlab.render.InspectView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code layerlab inspect}: builds the context, then prints the image as {@code docker image inspect} does. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Build, then print the image's ID, config and layer digests as docker image inspect does.")
final class InspectCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    Optional<Image> image = ImageCommands.buildQuietly(options, err);
    image.ifPresent(i -> out.print(InspectView.render(i, options.tag())));
    return image.isPresent() ? 0 : 1;
  }
}
