package dev.layerlab.cli;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildResult;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.Json;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.render.ProgressPlain;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What the analysis commands share: prepare and build quietly; a Dockerfile that does not parse or a
 * build that fails is printed on stderr as the build would print it (BuildKit's message, the line),
 * and with {@code --format json} also as {@code {"error": {"message", "line"}}} on stdout.
 */
final class AnalysisRun {
  private AnalysisRun() {}

  record Built(BuildRunner.Prepared prepared, BuildResult result) {}

  static Optional<Built> build(BuildOptions options, Format format, PrintWriter out, PrintWriter err) throws UserError {
    BuildRunner.Prepared p = BuildRunner.prepare(options);
    if (p.diagnostic().isPresent()) {
      err.print(DiagnosticView.render(p.diagnostic().get(), p.input().text(), p.input().displayName()));
      json(format, out, p.diagnostic().get().message(), p.diagnostic().get().range().startLine());
      return Optional.empty();
    }
    BuildResult r = BuildEngine.build(p.request());
    if (r.image().isEmpty()) {
      err.print(ProgressPlain.render(r, new ProgressInput(p.input().displayName(), p.input().text(), 0, 0,
          options.tag())));
      json(format, out, r.error().map(e -> e.message()).orElse("the build produced no image"),
          r.error().map(e -> e.line()).orElse(0));
      return Optional.empty();
    }
    return Optional.of(new Built(p, r));
  }

  private static void json(Format format, PrintWriter out, String message, int line) {
    if (format == Format.JSON) {
      out.print(Json.buildError(message, line));
    }
  }
}
