package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.LayerTable;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.render.ProgressLegacy;
import dev.layerlab.render.ProgressPlain;
import dev.layerlab.render.ProgressTty;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab build}: simulates {@code docker build}, then shows the image's layers. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Simulate docker build: BuildKit's progress, then the image's layers with their sizes.")
final class BuildCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: one JSON object describing the build, for other tools.")
  String format;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    BuildRunner.Outcome o = BuildRunner.run(options);
    int status = format.equals("json") ? Output.json(o, options, out) : text(o, out, err);
    return status;
  }

  private int text(BuildRunner.Outcome o, PrintWriter out, PrintWriter err) throws UserError {
    if (o.diagnostic().isPresent()) {
      err.print(DiagnosticView.render(o.diagnostic().get(), o.input().text(), o.input().displayName()));
      return 1;
    }
    BuildResult r = o.result().orElseThrow();
    ProgressInput in = Output.progressInput(o, options);
    Timeline t = Scheduler.schedule(r, BuildInputs.sim(options));
    out.print(r.legacy() ? ProgressLegacy.render(r, in)
        : options.progress.equals("tty") ? ProgressTty.render(r, in, Output.width(), t) : ProgressPlain.render(r, in, t));
    if (r.image().isPresent()) {
      out.print(LayerTable.render(r.image().get(), Output.width(), Output.unicode()));
    }
    Output.notes(r, out);
    return r.exitCode();
  }

}
