package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import java.util.regex.Pattern;

/** What the RUN rules share: reading a RUN's command and mounts. */
final class RunRules {
  private RunRules() {}

  static boolean matches(Instruction.Run run, String regex) {
    return Pattern.compile(regex).matcher(Subject.command(run)).find();
  }

  static boolean hasCacheMount(Instruction.Run run, String targetPart) {
    return run.mounts().stream().anyMatch(m -> m.contains("type=cache") && m.contains(targetPart));
  }

  /** The rewrite that inserts {@code flag} after the first match of {@code regex} (group 1) in the RUN. */
  static Fix insertAfter(Instruction.Run run, String regex, String flag, String summary) {
    Pattern p = Pattern.compile(regex);
    return new Fix(summary, text -> TextEdit.edit(text, TextEdit.range(run),
        t -> p.matcher(t).replaceFirst(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + " " + flag))));
  }
}
