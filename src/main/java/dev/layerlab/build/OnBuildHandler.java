package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * ONBUILD: stores the trigger in the config; it runs when a later build starts FROM this image.
 * BuildKit writes no history row for it; the legacy builder makes it a step like any other
 * (recorded: {@code Step 15/18 : ONBUILD RUN echo hi}, history {@code #(nop)  ONBUILD RUN echo hi}).
 */
final class OnBuildHandler {
  private OnBuildHandler() {}

  static void handle(Instruction.OnBuild i, StageState s, BuildSession session) {
    List<String> triggers = new ArrayList<>(s.config.onBuild());
    triggers.add(i.expression());
    s.config = s.config.withOnBuild(triggers);
    if (session.legacy()) {
      session.metadata(s, i, "ONBUILD " + i.expression());
    }
  }
}
