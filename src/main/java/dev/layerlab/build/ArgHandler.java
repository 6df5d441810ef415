package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ARG inside a stage: its value is the {@code --build-arg} if given, else its default expanded with the
 * stage environment; a bare redeclaration of a global ARG takes the global value. A valued ARG joins
 * the build environment, so it reaches every later RUN whether the command uses it or not. Its
 * history row shows the declaration, not the value given.
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
      // Both builders record the declaration, its default expanded, never the --build-arg value
      // (recorded: ARG TOK and ARG OTHER=dflt when built with TOK and OTHER given).
      shown.add(def.name() + def.value().map(v -> "=" + expand.word(s, arg, v)).orElse(""));
    }
    session.metadata(s, arg, "ARG " + String.join(" ", shown));
  }
}
