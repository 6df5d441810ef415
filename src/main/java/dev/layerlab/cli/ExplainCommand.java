package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.render.ExplainView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code layerlab explain STEP}: one step's cache decision, the parts of its key, and what differs from its last build. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Build (with --cache-dir to compare with the last run), then explain one step's cache decision:"
        + " the parts of its key and what differs from the last build of that step.")
final class ExplainCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(index = "0", paramLabel = "STEP",
      description = "The step: its Dockerfile line (6), or its label (5/6, build 3/5).")
  String step;

  @Parameters(index = "1", paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    BuildRunner.Outcome o = BuildRunner.run(options);
    if (o.result().isEmpty()) {
      err.print(dev.layerlab.render.DiagnosticView.render(o.diagnostic().orElseThrow(), o.input().text(),
          o.input().displayName()));
      return 1;
    }
    BuildResult r = o.result().get();
    Optional<StepRecord> s = StepLookup.find(r, step);
    if (s.isEmpty()) {
      err.println("ERROR: no step " + step + ": give a Dockerfile line of a RUN, COPY, ADD or WORKDIR, or a label like 3/5");
      return 1;
    }
    out.print(ExplainView.render(r, s.get(), Output.width()));
    return 0;
  }
}
