package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ARG inside a stage: its value is the {@code --build-arg} if given, else its default expanded with the
 * stage environment; a bare redeclaration of a global ARG takes the global value. A valued ARG joins
 * the build environment, so it reaches every later RUN whether the command uses it or not.
 */
final class ArgHandler {
  private ArgHandler() {}

  static void handle(Instruction.Arg arg, StageState s, BuildSession session, Expand expand) {
    Map<String, String> buildArgs = session.request.plan().options().buildArgs();
    Map<String, String> globals = session.request.plan().globalArgs();
    List<String> shown = new ArrayList<>();
    for (Instruction.ArgDef def : arg.args()) {
      Optional<String> value = buildArgs.containsKey(def.name()) ? Optional.of(buildArgs.get(def.name()))
          : def.value().map(v -> expand.word(s, arg, v)).or(() -> Optional.ofNullable(globals.get(def.name())));
      s.args.put(def.name(), value);
      value.ifPresent(v -> s.buildEnv.put(def.name(), v));
      shown.add(def.name() + value.map(v -> "=" + v).orElse(""));
    }
    session.metadata(s, arg, "ARG " + String.join(" ", shown));
  }
}
