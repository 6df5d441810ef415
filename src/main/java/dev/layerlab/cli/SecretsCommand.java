package dev.layerlab.cli;

import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.render.SecretsJson;
import dev.layerlab.render.SecretsView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab secrets}: where build args, ENV, secrets and token-shaped strings ended up; exits 1 on a leak. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
    description = "Build, then find secret values in layer files, history and config (exit 1 when one leaked).")
final class SecretsCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: one JSON object with every leak and where it was found.")
  Format format;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    Optional<AnalysisRun.Built> built = AnalysisRun.build(options, format, out, err);
    if (built.isEmpty()) {
      return 1;
    }
    SecretReport r = SecretScan.scan(built.get().prepared().request(), built.get().result());
    out.print(format == Format.JSON ? SecretsJson.render(r) : SecretsView.render(r));
    return r.anyLeak() ? 1 : 0;
  }
}
