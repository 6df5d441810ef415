package dev.layerlab.cli;

import dev.layerlab.image.Image;
import dev.layerlab.render.InspectView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab inspect}: builds the context, then prints the image as {@code docker image inspect} does. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Build, then print the image's ID, config and layer digests as docker image inspect does.")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Override
  public Integer call() {
    options.context = context;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Optional<Image> image = ImageCommands.buildQuietly(options, err);
      image.ifPresent(i -> out.print(InspectView.render(i, options.tag())));
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
