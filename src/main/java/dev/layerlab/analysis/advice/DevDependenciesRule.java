package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LL1002: the runtime image installs npm's devDependencies (test runners, linters, bundlers) that the
 * running app never loads. Fixed with {@code --omit=dev}; the measurement shows if the build needed them.
 */
final class DevDependenciesRule implements Rule {
  static final String INSTALL = "(\\bnpm\\s+(?:ci|install|i))(?=\\s*($|&&|;|\\|))";

  public String id() {
    return "LL1002";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    boolean productionEnv = s.image().flatMap(i -> i.config().env("NODE_ENV")).filter("production"::equals).isPresent();
    for (Instruction.Run run : Subject.shellRuns(s.finalStage())) {
      if (!productionEnv && RunRules.matches(run, INSTALL) && !RunRules.matches(run, "--omit[= ]dev|--production|--only[= ]prod")) {
        out.add(new Finding(id(), run.node().range().startLine(),
            "The runtime image gets npm's devDependencies; install with --omit=dev (or build in another stage).",
            Impact.SIZE, Optional.of(RunRules.insertAfter(run, INSTALL, "--omit=dev", "add --omit=dev"))));
      }
    }
    return out;
  }
}
