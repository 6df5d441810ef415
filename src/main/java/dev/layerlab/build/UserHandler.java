package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;

/** USER: sets who later RUNs (and the container) run as; checked when a RUN needs it. */
final class UserHandler {
  private UserHandler() {}

  static void handle(Instruction.User user, StageState s, BuildSession session, Expand expand) {
    String u = expand.word(s, user, user.user());
    s.config = s.config.withUser(u);
    session.metadata(s, user, "USER " + u);
  }
}
