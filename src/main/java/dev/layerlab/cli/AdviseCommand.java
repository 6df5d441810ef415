package dev.layerlab.cli;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.analysis.advice.Measurement;
import dev.layerlab.render.AdviceJson;
import dev.layerlab.render.AdviceView;
import dev.layerlab.repl.HostFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab advise}: findings with lines, each fix measured by simulating both Dockerfiles. */
@Command(name = "advise", mixinStandardHelpOptions = true,
    description = "Build, then list size, cache and secret findings; each fix is simulated and its effect measured.")
final class AdviseCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--fix", description = "Print the Dockerfile with every fix applied, and what it changes overall.")
  boolean fix;

  @Option(names = "--write", paramLabel = "FILE", description = "Write the fixed Dockerfile to FILE (never the Dockerfile itself).")
  Path write;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: one JSON object with every finding and its measured fix.")
  Format format;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    try {
      if (write != null && sameFile(write, options.dockerfile())) {
        throw new UserError("--write " + write + " would overwrite the Dockerfile; choose another file");
      }
      Optional<AnalysisRun.Built> built = AnalysisRun.build(options, format, out, err);
      if (built.isEmpty()) {
        return 1;
      }
      var p = built.get().prepared();
      String text = p.input().text();
      String name = p.input().displayName();
      if (!fix && write == null) {
        List<Advice> advice = Advisor.advise(text, p.request(), built.get().result());
        out.print(format == Format.JSON ? AdviceJson.render(advice, name, text) : AdviceView.render(advice, name, text));
        return 0;
      }
      String fixed = Advisor.fixAll(text, p.request());
      if (fix) {
        Measurement overall = Advisor.measureAll(text, fixed, p.request());
        if (format == Format.JSON) {
          out.print(AdviceJson.fixed(name, text, fixed, overall));
        } else {
          out.print(fixed.endsWith("\n") ? fixed : fixed + "\n");
          err.println("# overall: " + AdviceView.measured(overall, Impact.REBUILD));
        }
      }
      if (write != null) {
        HostFiles.writeAtomically(write, fixed.getBytes(StandardCharsets.UTF_8));
        err.println("wrote " + write);
      }
      return 0;
    } catch (IOException e) {
      throw new UserError("could not write " + write + ": " + e.getMessage());
    }
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
        : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
