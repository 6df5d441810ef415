package dev.layerlab.cli;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.build.context.ContextChanges;
import dev.layerlab.render.WhatIfView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layerlab whatif --changed PATH…}: which steps a change would rebuild and what that costs, worked
 * out on a copy of the cache, so nothing is kept and no image is made.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Say, without building, which steps would miss if files changed (--changed) or build args changed"
        + " (--build-arg), and what the rebuild would cost in simulated time. Compares with the cache in --cache-dir.")
final class WhatIfCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Option(names = "--changed", paramLabel = "PATH", arity = "1..*",
      description = "Context files (or directories) that would change.")
  List<String> changed = new ArrayList<>();

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    // "--changed a.js ." reads the context as one more path: take a lone "." back as the context.
    if (changed.size() > 1 && changed.get(changed.size() - 1).equals(".") && context.toString().equals(".")) {
      changed = changed.subList(0, changed.size() - 1);
    }
    options.context = context;
    BuildRunner.Prepared p = BuildRunner.prepare(options);
    if (p.diagnostic().isPresent()) {
      err.print(dev.layerlab.render.DiagnosticView.render(p.diagnostic().get(), p.input().text(),
          p.input().displayName()));
      return 1;
    }
    BuildContext edited = ContextChanges.apply(p.request().context(), changed);
    BuildRequest request = p.request().withContext(edited).withCache(p.request().cache().copy());
    BuildResult r = BuildEngine.build(request);
    List<String> what = new ArrayList<>(changed);
    BuildInputs.buildArgs(options).forEach((k, v) -> what.add("build arg " + k + "=" + v));
    out.print(WhatIfView.render(r, what.isEmpty() ? List.of("nothing changes") : what, Output.width()));
    return 0;
  }
}
