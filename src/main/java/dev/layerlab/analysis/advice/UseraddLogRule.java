package dev.layerlab.analysis.advice;

import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.fs.DiffEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DL3046: {@code useradd -u <long uid>} without {@code -l} has useradd write the UID's lastlog and
 * faillog records; where the image's shadow extends those files (before 4.13), the layer stores them at
 * their full sparse size, (uid + 1) × 292 bytes for lastlog. Fires as hadolint does: a {@code -u} value
 * longer than five characters as written (a variable counts as six). The fix adds {@code -l}; the finding
 * says what the login logs weigh in this RUN's layer, which is zero where shadow no longer extends them.
 */
final class UseraddLogRule implements Rule {
  public String id() {
    return "DL3046";
  }

  public List<Finding> check(Subject s) {
    List<Finding> out = new ArrayList<>();
    for (Stage stage : s.dockerfile().stages()) {
      for (Instruction.Run run : Subject.shellRuns(stage)) {
        List<ShellCommands.Command> bad = ShellCommands.of(run).stream().filter(UseraddLogRule::forgotFlagL).toList();
        if (!bad.isEmpty()) {
          out.add(finding(s, stage, run, bad));
        }
      }
    }
    return out;
  }

  private Finding finding(Subject s, Stage stage, Instruction.Run run, List<ShellCommands.Command> bad) {
    long logs = logBytes(s, stage, run);
    String weight = logs > 0 ? " Here /var/log/lastlog and /var/log/faillog put " + logs + " bytes into this layer."
        : " Here they add nothing to the layer: this image's useradd does not extend them (shadow 4.13 or later).";
    return new Finding(id(), run.node().range().startLine(),
        "`useradd` without flag `-l` and high UID will result in excessively large Image." + weight, Impact.SIZE,
        Optional.of(new Fix("add -l (--no-log-init) to useradd", text -> TextEdit.edit(text, TextEdit.range(run),
            t -> addFlag(t, bad)))));
  }

  static boolean forgotFlagL(ShellCommands.Command c) {
    List<String> flags = HadolintFlags.of(c.args());
    return c.name().equals("useradd") && !flags.contains("l") && !flags.contains("no-log-init")
        && (flags.contains("u") || flags.contains("uid"))
        && HadolintFlags.values(c.args(), "u").stream().anyMatch(v -> HadolintFlags.text(v).length() > 5);
  }

  /** Bytes of the login logs in the layer this RUN made, as the simulated build shows them. */
  private static long logBytes(Subject s, Stage stage, Instruction.Run run) {
    return s.result().steps().stream().filter(st -> st.stage() == stage.index()
        && st.line() == run.node().range().startLine()).map(StepRecord::layer).flatMap(Optional::stream)
        .flatMap(l -> l.diff().entries().stream())
        .filter(e -> e.path().equals("var/log/lastlog") || e.path().equals("var/log/faillog"))
        .mapToLong(DiffEntry::size).sum();
  }

  /** Inserts {@code -l} after the name of each offending useradd, found by its first two words. */
  private static String addFlag(String text, List<ShellCommands.Command> bad) {
    String out = text;
    for (ShellCommands.Command c : bad) {
      Pattern at = Pattern.compile("(?<![\\w/.-])" + Pattern.quote(c.words().get(0))
          + "(?=(?:\\s|\\\\\\n)+" + Pattern.quote(c.words().get(1)) + ")");
      out = at.matcher(out).replaceFirst(Matcher.quoteReplacement(c.words().get(0) + " -l"));
    }
    return out;
  }
}
