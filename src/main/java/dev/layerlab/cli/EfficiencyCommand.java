package dev.layerlab.cli;

import dev.layerlab.analysis.efficiency.CiRule;
import dev.layerlab.analysis.efficiency.CiRules;
import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.Efficiency;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.Mode;
import dev.layerlab.image.Image;
import dev.layerlab.render.EfficiencyJson;
import dev.layerlab.render.EfficiencyView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layerlab efficiency}: dive's numbers and a corrected reading; {@code --ci} evaluates dive's
 * rules (defaults, then {@code .dive-ci}, then the flags) and exits 1 when one fails, as {@code dive --ci}.
 */
@Command(name = "efficiency", mixinStandardHelpOptions = true,
    description = "Build, then score the image as dive does (efficiency, wasted bytes, inefficient files) and corrected.")
final class EfficiencyCommand extends CliCommand {
  @Mixin BuildOptions options;

  @Parameters(paramLabel = "CONTEXT", defaultValue = ".", description = "The build context directory (default: .).")
  Path context;

  @Option(names = "--ci", description = "Evaluate dive's CI rules and exit 1 when one fails (also when CI=true|1|yes).")
  boolean ci;

  @Option(names = "--ci-config", paramLabel = "FILE",
      description = "dive's rules file (implies --ci; default: CONTEXT/.dive-ci, else ./.dive-ci).")
  Path ciConfig;

  @Option(names = {"--lowest-efficiency", "--lowestEfficiency"}, paramLabel = "X",
      description = "Fail below this score, 0..1 (default 0.9; 'disabled').")
  String lowestEfficiency;

  @Option(names = {"--highest-wasted-bytes", "--highestWastedBytes"}, paramLabel = "Y",
      description = "Fail above this many wasted bytes, e.g. 20MB (default disabled).")
  String highestWastedBytes;

  @Option(names = {"--highest-user-wasted-percent", "--highestUserWastedPercent"}, paramLabel = "Z",
      description = "Fail above this fraction of the user bytes wasted, 0..1 (default 0.1).")
  String highestUserWastedPercent;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: one JSON object with both readings and the CI verdict.")
  Format format;

  @Override
  int run(PrintWriter out, PrintWriter err) throws UserError {
    options.context = context;
    boolean evaluate = ci || ciConfig != null || ciEnv();
    Optional<CiRules> rules = evaluate ? Optional.of(rules(err)) : Optional.empty();
    Optional<AnalysisRun.Built> built = AnalysisRun.build(options, format, out, err);
    if (built.isEmpty()) {
      return 1;
    }
    Image image = built.get().result().image().orElseThrow();
    EfficiencyReport dive = Efficiency.analyse(image, Mode.DIVE);
    EfficiencyReport corrected = Efficiency.analyse(image, Mode.CORRECTED);
    Optional<CiVerdict> verdict = rules.map(r -> r.evaluate(dive));
    out.print(format == Format.JSON ? EfficiencyJson.render(dive, corrected, verdict)
        : EfficiencyView.render(dive, corrected, verdict));
    return verdict.filter(CiVerdict::failed).isPresent() ? 1 : 0;
  }

  /** dive's defaults, overridden by the rules file, overridden by the flags. */
  private CiRules rules(PrintWriter err) throws UserError {
    Optional<Path> file = DiveCiFile.find(Optional.ofNullable(ciConfig), context);
    Map<String, String> fromFile = Map.of();
    if (file.isPresent()) {
      DiveCiFile.Rules read = DiveCiFile.read(file.get());
      read.warnings().forEach(w -> err.println("WARNING: " + w));
      fromFile = read.values();
    }
    try {
      return CiRules.of(value(lowestEfficiency, fromFile, CiRule.LOWEST_EFFICIENCY),
          value(highestWastedBytes, fromFile, CiRule.HIGHEST_WASTED_BYTES),
          value(highestUserWastedPercent, fromFile, CiRule.HIGHEST_USER_WASTED_PERCENT));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static Optional<String> value(String flag, Map<String, String> file, String rule) {
    return Optional.ofNullable(flag).or(() -> Optional.ofNullable(file.get(rule)));
  }

  private static boolean ciEnv() {
    String v = System.getenv("CI");
    return v != null && (v.equals("true") || v.equals("1") || v.equals("yes"));
  }
}
