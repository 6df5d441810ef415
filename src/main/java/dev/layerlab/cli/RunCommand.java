package dev.layerlab.cli;

import dev.layerlab.analysis.start.StartReport;
import dev.layerlab.analysis.start.WillItStart;
import dev.layerlab.render.StartView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab run}: what a container start of the image would do; nothing runs on the host. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Build, then check the image as a container start would (command, interpreter, loader, USER, WORKDIR). Runs nothing.")
final class RunCommand implements Callable<Integer> {
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
      StartReport r = WillItStart.check(built.get().result().image().orElseThrow());
      out.print(StartView.render(r));
      out.flush();
      return r.starts() ? 0 : 127;
    } catch (UserError e) {
      err.println("ERROR: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
