package dev.layerlab.cli;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildResult;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.ProgressPlain;
import java.io.PrintWriter;
import java.util.Optional;

/** What the analysis commands share: prepare and build quietly, print a failure as the build would. */
final class AnalysisRun {
  private AnalysisRun() {}

  record Built(BuildRunner.Prepared prepared, BuildResult result) {}

  static Optional<Built> build(BuildOptions options, PrintWriter err) throws UserError {
    BuildRunner.Prepared p = BuildRunner.prepare(options);
    if (p.diagnostic().isPresent()) {
      err.print(DiagnosticView.render(p.diagnostic().get(), p.input().text(), p.input().displayName()));
      return Optional.empty();
    }
    BuildResult r = BuildEngine.build(p.request());
    if (r.image().isEmpty()) {
      err.print(ProgressPlain.render(r, new dev.layerlab.render.ProgressInput(p.input().displayName(), p.input().text(),
          0, 0, options.tag())));
      return Optional.empty();
    }
    return Optional.of(new Built(p, r));
  }
}
