package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DL3010's rewrite, when it is mechanical: {@code COPY a.tgz /tmp/} + {@code RUN tar -xzf /tmp/a.tgz -C
 * /opt && rm /tmp/a.tgz && …} becomes {@code ADD a.tgz /opt/} + {@code RUN …}. It needs a COPY of that one
 * file (flags ADD shares only), a RUN that is an {@code &&} chain of simple commands with no {@code cd}
 * before the tar, and a tar that only extracts the whole archive (gzip, bzip2 or xz, which ADD detects)
 * into {@code -C DIR} or the WORKDIR. Anything else (members, --strip-components, unzip) has no ADD form.
 */
final class TarToAdd {
  private static final Pattern SHORT = Pattern.compile("-?[xzjJvfpo]+");
  private static final Set<String> LONG = Set.of("--extract", "--get", "--gzip", "--gunzip", "--bzip2", "--xz",
      "--verbose", "--file", "--preserve-permissions", "--same-owner");
  private static final Pattern ADD_FLAGS = Pattern.compile("--(chown|chmod|link)(=.*)?");

  private TarToAdd() {}

  static Optional<Fix> of(Stage stage, Instruction.Copy copy, Instruction.Run run, String archive) {
    if (copy.sources().paths().size() != 1 || !copy.node().flags().stream().allMatch(f -> ADD_FLAGS.matcher(f).matches())
        || !run.command().shellForm() || !run.heredocs().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = List.of(Subject.command(run).trim().split("\\s*&&\\s*"));
    List<String> kept = new ArrayList<>();
    Optional<String> dir = Optional.empty();
    for (String part : parts) {
      List<ShellCommands.Command> cmds = ShellCommands.of(part);
      if (cmds.size() != 1 || part.matches(".*(;|\\|\\||\\||`|\\$\\().*") || cmds.get(0).name().equals("cd")) {
        return Optional.empty();
      }
      ShellCommands.Command c = cmds.get(0);
      if (dir.isEmpty() && ArchiveExtractRule.extracts(c, archive)) {
        dir = target(c, archive, workdir(stage, run));
        if (dir.isEmpty()) {
          return Optional.empty();
        }
      } else if (!removesOnly(c, archive)) {
        kept.add(part);
      }
    }
    String dest = dir.orElseThrow().endsWith("/") ? dir.get() : dir.get() + "/";
    return Optional.of(new Fix("ADD the archive to " + dest + " instead of copying and unpacking it",
        text -> rewrite(text, copy, run, kept, dest)));
  }

  /** Where a {@code tar -x} of the whole archive unpacks, or empty when ADD cannot do what it does. */
  private static Optional<String> target(ShellCommands.Command tar, String archive, String workdir) {
    if (!tar.name().equals("tar")) {
      return Optional.empty();
    }
    String dir = workdir;
    int operands = 0;
    List<String> args = tar.args().stream().map(ShellCommands::unquote).toList();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("-C") || a.equals("--directory")) && i + 1 < args.size()) {
        dir = args.get(++i);
      } else if (a.startsWith("--directory=")) {
        dir = a.substring("--directory=".length());
      } else if (a.startsWith("-") || i == 0 && SHORT.matcher(a).matches()) {
        if (!SHORT.matcher(a).matches() && !LONG.contains(a)) {
          return Optional.empty();
        }
      } else if (++operands > 1 || !ArchiveExtractRule.basename(a).equals(archive)) {
        return Optional.empty();
      }
    }
    return operands == 1 && dir.startsWith("/") && !dir.contains("$") ? Optional.of(dir) : Optional.empty();
  }

  private static boolean removesOnly(ShellCommands.Command c, String archive) {
    List<String> operands = c.args().stream().filter(a -> !a.startsWith("-")).toList();
    return c.name().equals("rm") && !operands.isEmpty()
        && operands.stream().allMatch(a -> ArchiveExtractRule.basename(a).equals(archive));
  }

  private static String workdir(Stage stage, Instruction.Run run) {
    String dir = "/";
    for (Instruction i : stage.instructions()) {
      if (i == run) {
        break;
      }
      if (i instanceof Instruction.Workdir w) {
        String p = w.path();
        dir = p.startsWith("/") ? p : dir.replaceAll("/$", "") + "/" + p;
      }
    }
    return dir;
  }

  private static String rewrite(String text, Instruction.Copy copy, Instruction.Run run, List<String> kept, String dest) {
    String flags = run.node().flags().stream().map(f -> f + " ").reduce("", String::concat);
    String afterRun = kept.isEmpty() ? TextEdit.delete(text, TextEdit.range(run))
        : TextEdit.replace(text, TextEdit.range(run), "RUN " + flags + String.join(" && ", kept));
    String copyFlags = copy.node().flags().stream().map(f -> f + " ").reduce("", String::concat);
    return TextEdit.replace(afterRun, TextEdit.range(copy), "ADD " + copyFlags + copy.sources().paths().get(0) + " " + dest);
  }
}
