package dev.layerlab.cli;

import dev.layerlab.analysis.efficiency.CiRules;
import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.Efficiency;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.Mode;
import dev.layerlab.image.Image;
import dev.layerlab.render.EfficiencyView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab efficiency}: dive's numbers and a corrected reading; {@code --ci} exits 1 when a rule fails. */
@Command(name = "efficiency", mixinStandardHelpOptions = true,
    description = "Build, then score the image as dive does (efficiency, wasted bytes, inefficient files) and corrected.")
final class EfficiencyCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--ci", description = "Evaluate dive's CI rules and exit non-zero when one fails (also when CI=true|1|yes).")
  boolean ci;

  @Option(names = "--lowest-efficiency", paramLabel = "X", description = "Fail below this score, 0..1 (default 0.9; 'disabled').")
  String lowestEfficiency;

  @Option(names = "--highest-wasted-bytes", paramLabel = "Y", description = "Fail above this many wasted bytes, e.g. 20MB (default disabled).")
  String highestWastedBytes;

  @Option(names = "--highest-user-wasted-percent", paramLabel = "Z", description = "Fail above this fraction of user bytes wasted (default 0.1).")
  String highestUserWastedPercent;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    try {
      CiRules rules = CiRules.of(Optional.ofNullable(lowestEfficiency), Optional.ofNullable(highestWastedBytes),
          Optional.ofNullable(highestUserWastedPercent));
      Optional<AnalysisRun.Built> built = AnalysisRun.build(options, err);
      if (built.isEmpty()) {
        return 1;
      }
      Image image = built.get().result().image().orElseThrow();
      EfficiencyReport dive = Efficiency.analyse(image, Mode.DIVE);
      Optional<CiVerdict> verdict = ci || ciEnv() ? Optional.of(rules.evaluate(dive)) : Optional.empty();
      out.print(EfficiencyView.render(dive, Efficiency.analyse(image, Mode.CORRECTED), verdict));
      return verdict.filter(CiVerdict::failed).isPresent() ? 1 : 0;
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static boolean ciEnv() {
    String v = System.getenv("CI");
    return v != null && (v.equals("true") || v.equals("1") || v.equals("yes"));
  }
}
