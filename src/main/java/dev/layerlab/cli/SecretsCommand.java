package dev.layerlab.cli;

import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.render.SecretsView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab secrets}: where build args, ENV, secrets and token-shaped strings ended up; exits 1 on a leak. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
    description = "Build, then find secret values in layer files, history and config (exit 1 when one leaked).")
final class SecretsCommand implements Callable<Integer> {
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
      Optional<AnalysisRun.Built> built = AnalysisRun.build(options, err);
      if (built.isEmpty()) {
        err.flush();
        return 1;
      }
      SecretReport r = SecretScan.scan(built.get().prepared().request(), built.get().result());
      out.print(SecretsView.render(r));
      out.flush();
      return r.anyLeak() ? 1 : 0;
    } catch (UserError e) {
      err.println("ERROR: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
