package dev.layerlab.analysis.advice;

import dev.layerlab.build.BuildRequest;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.Optional;

/** A build arg's value in a build: the one given on the command line, else the first ARG default. */
final class ArgValues {
  private ArgValues() {}

  static Optional<String> of(BuildRequest request, String name) {
    String given = request.plan().options().buildArgs().get(name);
    if (given != null) {
      return Optional.of(given);
    }
    for (Stage s : request.plan().dockerfile().stages()) {
      for (Instruction i : s.instructions()) {
        if (i instanceof Instruction.Arg a) {
          Optional<String> v = a.args().stream().filter(d -> d.name().equals(name)).findFirst()
              .flatMap(Instruction.ArgDef::value);
          if (v.isPresent()) {
            return v.map(ArgValues::unquote);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String unquote(String raw) {
    boolean quoted = raw.length() >= 2 && (raw.startsWith("\"") && raw.endsWith("\"")
        || raw.startsWith("'") && raw.endsWith("'"));
    return quoted ? raw.substring(1, raw.length() - 1) : raw;
  }
}
