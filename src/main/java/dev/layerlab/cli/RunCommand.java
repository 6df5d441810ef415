package dev.layerlab.cli;

import dev.layerlab.analysis.start.StartReport;
import dev.layerlab.analysis.start.WillItStart;
import dev.layerlab.render.StartJson;
import dev.layerlab.render.StartView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab run}: what a container start of the image would do; nothing runs on the host. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Build, then check the image as a container start would (command, interpreter, loader, USER, WORKDIR). Runs nothing.")
final class RunCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: one JSON object with ok, the command and the problems found.")
  Format format;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    Optional<AnalysisRun.Built> built = AnalysisRun.build(options, format, out, err);
    if (built.isEmpty()) {
      return 1;
    }
    StartReport r = WillItStart.check(built.get().result().image().orElseThrow());
    out.print(format == Format.JSON ? StartJson.render(r) : StartView.render(r));
    return r.status();
  }
}
