package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** ONBUILD: stores the trigger in the config; it runs when a later build starts FROM this image. No history row. */
final class OnBuildHandler {
  private OnBuildHandler() {}

  static void handle(Instruction.OnBuild i, StageState s) {
    List<String> triggers = new ArrayList<>(s.config.onBuild());
    triggers.add(i.expression());
    s.config = s.config.withOnBuild(triggers);
  }
}
