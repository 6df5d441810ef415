package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.plan.Builder;
import dev.layerlab.render.DiagnosticView;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.render.ProgressPlain;
import dev.layerlab.render.TimelineView;
import dev.layerlab.schedule.Scheduler;
import dev.layerlab.schedule.SimSettings;
import dev.layerlab.schedule.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab timeline}: builds the context, then draws its simulated timeline, or BuildKit against legacy. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Build, then draw the simulated timeline: one lane per stage, the critical path, the total.")
final class TimelineCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--compare", description = "BuildKit and the legacy builder on one scale, and the time BuildKit saves.")
  boolean compare;

  @Option(names = "--ascii", description = "Draw with ASCII only (also when the locale has no UTF-8).")
  boolean ascii;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    SimSettings sim = BuildInputs.sim(options);
    boolean unicode = !ascii && Output.unicode();
    Builder builder = compare ? Builder.BUILDKIT : BuildInputs.builder(options);
    Optional<Timeline> first = timeline(builder, sim, err);
    if (first.isEmpty()) {
      return 1;
    }
    if (compare) {
      Optional<Timeline> legacy = timeline(Builder.LEGACY, sim, err);
      legacy.ifPresent(l -> out.print(TimelineView.compare(first.get(), l, Output.width(), unicode)));
    } else {
      out.print(TimelineView.render(first.get(), Output.width(), unicode));
    }
    return 0;
  }

  /** The build's timeline, or empty when it did not plan or failed (the failure is printed as the build would). */
  private Optional<Timeline> timeline(Builder builder, SimSettings sim, PrintWriter err) throws UserError {
    BuildRunner.Outcome o = BuildRunner.run(options, builder);
    if (o.diagnostic().isPresent()) {
      err.print(DiagnosticView.render(o.diagnostic().get(), o.input().text(), o.input().displayName()));
      return Optional.empty();
    }
    BuildResult r = o.result().orElseThrow();
    Timeline t = Scheduler.schedule(r, sim);
    if (r.error().isPresent()) {
      ProgressInput in = Output.progressInput(o, options);
      err.print(ProgressPlain.render(r, in, t));
      return Optional.empty();
    }
    return Optional.of(t);
  }
}
