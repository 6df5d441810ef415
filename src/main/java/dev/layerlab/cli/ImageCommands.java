package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.image.Image;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.render.ProgressPlain;
import java.io.PrintWriter;
import java.util.Optional;

/** What history and inspect share: build quietly, then show the image, or the failure as the build would. */
final class ImageCommands {
  private ImageCommands() {}

  static Optional<Image> buildQuietly(BuildOptions options, PrintWriter err) throws UserError {
    BuildRunner.Outcome o = BuildRunner.run(options);
    if (o.diagnostic().isPresent()) {
      err.print(DiagnosticView.render(o.diagnostic().get(), o.input().text(), o.input().displayName()));
      return Optional.empty();
    }
    BuildResult r = o.result().orElseThrow();
    if (r.image().isEmpty()) {
      ProgressInput in = Output.progressInput(o, options);
      err.print(ProgressPlain.render(r, in));
    }
    return r.image();
  }
}
