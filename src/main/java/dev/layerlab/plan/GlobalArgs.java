package dev.layerlab.plan;

import dev.layerlab.dockerfile.ExpansionEnv;
import dev.layerlab.dockerfile.ExpansionException;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.WordExpander;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The global scope: the automatic platform ARGs, then each ARG before the first FROM, valued by its
 * {@code --build-arg} or else by its default expanded against what came before.
 */
final class GlobalArgs {
  private GlobalArgs() {}

  /** BuildKit's automatic platform args for a linux/amd64 build (the simulator's only platform). */
  static Map<String, String> platform(String targetStage) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("BUILDPLATFORM", "linux/amd64");
    m.put("BUILDOS", "linux");
    m.put("BUILDOSVERSION", "");
    m.put("BUILDARCH", "amd64");
    m.put("BUILDVARIANT", "");
    m.put("TARGETPLATFORM", "linux/amd64");
    m.put("TARGETOS", "linux");
    m.put("TARGETOSVERSION", "");
    m.put("TARGETARCH", "amd64");
    m.put("TARGETVARIANT", "");
    m.put("TARGETSTAGE", targetStage);
    return m;
  }

  static Map<String, String> resolve(Iterable<Instruction.Arg> globals, Map<String, String> buildArgs,
      String targetStage, char escape) {
    Map<String, String> values = new LinkedHashMap<>(platform(targetStage));
    platform(targetStage).keySet().forEach(k -> {
      if (buildArgs.containsKey(k)) {
        values.put(k, buildArgs.get(k));
      }
    });
    WordExpander expander = WordExpander.withEscape(escape);
    for (Instruction.Arg arg : globals) {
      for (Instruction.ArgDef def : arg.args()) {
        if (buildArgs.containsKey(def.name())) {
          values.put(def.name(), buildArgs.get(def.name()));
        } else if (def.value().isPresent()) {
          values.put(def.name(), expand(expander, def.value().get(), values, arg));
        }
      }
    }
    return values;
  }

  static String expand(WordExpander expander, String word, Map<String, String> env, Instruction at) {
    try {
      return expander.processWord(word, ExpansionEnv.of(env));
    } catch (ExpansionException e) {
      throw new PlanException(e.message(), at.node().range());
    }
  }
}
