package dev.layerlab.analysis.advice;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LL1001: the whole context is copied before the dependencies are installed, so any source edit
 * invalidates the install. Fixed by copying the manifests first, installing, then copying the rest.
 */
final class CopyBeforeInstallRule implements Rule {
  private record Installer(String regex, List<String> manifests) {}

  private static final List<Installer> INSTALLERS = List.of(
      new Installer("\\bnpm\\s+(ci|install|i)\\b", List.of("package.json", "package-lock.json", "npm-shrinkwrap.json")),
      new Installer("\\byarn(\\s+install)?\\s*($|&&|;)", List.of("package.json", "yarn.lock")),
      new Installer("\\bpip3?\\s+(\\S+\\s+)*install\\s+(\\S+\\s+)*-r\\s+requirements\\.txt", List.of("requirements.txt")),
      new Installer("\\bgo\\s+mod\\s+download\\b", List.of("go.mod", "go.sum")),
      new Installer("\\bmvn\\w*\\s+.*dependency:(go-offline|resolve)", List.of("pom.xml")),
      new Installer("\\bcargo\\s+fetch\\b", List.of("Cargo.toml", "Cargo.lock")));

  public String id() {
    return "LL1001";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      List<Instruction> all = stage.instructions();
      for (int c = 0; c < all.size(); c++) {
        if (all.get(c) instanceof Instruction.Copy copy && wholeContext(copy)) {
          installAfter(all, c).ifPresent(run -> finding(s, copy, run).ifPresent(out::add));
        }
      }
    }
    return out;
  }

  private Optional<Finding> finding(Subject s, Instruction.Copy copy, Instruction.Run run) {
    Installer inst = INSTALLERS.stream().filter(i -> RunRules.matches(run, i.regex())).findFirst().orElseThrow();
    List<String> present = present(s.request().context(), inst.manifests());
    if (present.isEmpty()) {
      return Optional.empty();
    }
    String manifests = String.join(" ", present);
    String line = "COPY " + manifests + " " + copy.sources().dest();
    return Optional.of(new Finding(id(), copy.node().range().startLine(),
        "COPY of the whole context before installing dependencies: any source edit re-runs the install.",
        Impact.REBUILD, Optional.of(new Fix("copy " + manifests + " and install before COPY of the whole context",
            text -> move(text, copy, run, line)))));
  }

  private static String move(String text, Instruction.Copy copy, Instruction.Run run, String manifestCopy) {
    String runText = String.join("\n", TextEdit.text(text, TextEdit.range(run)));
    String without = TextEdit.delete(text, TextEdit.range(run));
    return TextEdit.insertBefore(without, copy.node().range().startLine(), manifestCopy + "\n" + runText);
  }

  private static boolean wholeContext(Instruction.Copy copy) {
    return copy.from().isEmpty() && copy.sources().paths().stream().anyMatch(p -> p.equals(".") || p.equals("./"));
  }

  private static Optional<Instruction.Run> installAfter(List<Instruction> all, int copyIndex) {
    for (int k = copyIndex + 1; k < all.size(); k++) {
      if (all.get(k) instanceof Instruction.Run run && run.command().shellForm()
          && INSTALLERS.stream().anyMatch(i -> RunRules.matches(run, i.regex()))) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  private static List<String> present(BuildContext ctx, List<String> names) {
    return names.stream().filter(n -> ctx.get(n).isPresent()).toList();
  }
}
