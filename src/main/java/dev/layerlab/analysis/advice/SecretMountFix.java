package dev.layerlab.analysis.advice;

import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a stage's {@code ARG NAME} into a secret: the ARG is removed and every RUN after it that reads
 * {@code $NAME} gets {@code --mount=type=secret,id=NAME,env=NAME}, which puts the secret's value in that
 * RUN's environment under the same name (the dockerfile frontend's {@code env} option of secret
 * mounts, documented with the SecretsUsedInArgOrEnv check). Only derivable when the ARG declares that
 * one name and nothing but shell-form RUNs of its stage reads it; the build then takes {@code --secret
 * id=NAME,env=NAME} instead of {@code --build-arg NAME=…}.
 */
final class SecretMountFix {
  private SecretMountFix() {}

  static Optional<Fix> of(Dockerfile df, NameWarning w) {
    for (Stage stage : df.stages()) {
      List<Instruction> all = stage.instructions();
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k) instanceof Instruction.Arg arg && arg.node().range().startLine() == w.line()
            && arg.args().size() == 1 && arg.args().get(0).name().equals(w.name())) {
          return readers(all.subList(k + 1, all.size()), w.name()).map(runs -> fix(arg, runs, w.name()));
        }
      }
    }
    return Optional.empty();
  }

  /** The RUNs that read the variable, or empty when something else reads it (or nothing does). */
  private static Optional<List<Instruction.Run>> readers(List<Instruction> after, String name) {
    Pattern ref = Pattern.compile("\\$\\{?" + Pattern.quote(name) + "\\b");
    List<Instruction.Run> runs = new ArrayList<>();
    for (Instruction i : after) {
      if (i instanceof Instruction.Arg a && a.args().stream().anyMatch(d -> d.name().equals(name))) {
        break;
      }
      if (ref.matcher(i.node().original()).find()) {
        if (!(i instanceof Instruction.Run r) || !r.command().shellForm()) {
          return Optional.empty();
        }
        runs.add(r);
      }
    }
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs);
  }

  private static Fix fix(Instruction.Arg arg, List<Instruction.Run> runs, String name) {
    String mount = "--mount=type=secret,id=" + name + ",env=" + name;
    return new Fix("drop the ARG and give " + name + " to its RUNs as " + mount + " (build with --secret id=" + name
        + ",env=" + name + ")", text -> {
          String out = text;
          for (Instruction.Run r : runs) {
            out = TextEdit.edit(out, TextEdit.range(r),
                t -> t.replaceFirst("(?i)^(\\s*RUN)\\b", "$1 " + Matcher.quoteReplacement(mount)));
          }
          return TextEdit.delete(out, TextEdit.range(arg));
        }, Map.of(name, name));
  }
}
