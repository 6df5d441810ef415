package dev.layerlab.build;

import dev.layerlab.dockerfile.ExpansionEnv;
import dev.layerlab.dockerfile.ExpansionException;
import dev.layerlab.dockerfile.Heredoc;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.WordExpander;
import java.util.List;

/** Word expansion against a stage's build environment, with BuildKit's errors located at the instruction. */
final class Expand {
  private final WordExpander expander;
  private final WordExpander display;

  Expand(char escape) {
    this.expander = WordExpander.withEscape(escape);
    this.display = new WordExpander(escape, true, true);
  }

  String word(StageState s, Instruction at, String word) {
    try {
      return expander.processWord(word, ExpansionEnv.of(s.buildEnv));
    } catch (ExpansionException e) {
      throw new BuildException(e.message(), at.node().range());
    }
  }

  List<String> words(StageState s, Instruction at, String word) {
    try {
      return expander.processWords(word, ExpansionEnv.of(s.buildEnv));
    } catch (ExpansionException e) {
      throw new BuildException(e.message(), at.node().range());
    }
  }

  /** A heredoc body for COPY/ADD: expanded unless its delimiter was quoted; quotes are not processed. */
  String heredoc(StageState s, Instruction at, Heredoc doc) {
    String body = doc.effectiveContent();
    if (!doc.expand()) {
      return body;
    }
    try {
      return WordExpander.forHeredoc().processWord(body, ExpansionEnv.of(s.buildEnv));
    } catch (ExpansionException e) {
      throw new BuildException(e.message(), at.node().range());
    }
  }

  /**
   * The step name the progress output shows: the instruction as written, variables that are set
   * expanded and the rest left as written, plus the first line of a RUN heredoc.
   */
  String stepName(StageState s, Instruction at) {
    String text;
    try {
      text = display.processWord(at.node().original().strip(), ExpansionEnv.of(s.buildEnv));
    } catch (ExpansionException e) {
      text = at.node().original().strip();
    }
    String keyword = at.node().keyword();
    if (text.regionMatches(true, 0, keyword, 0, keyword.length())) {
      text = keyword.toUpperCase(java.util.Locale.ROOT) + text.substring(keyword.length());
    }
    return text + heredocSuffix(at);
  }

  private static String heredocSuffix(Instruction at) {
    if (!(at instanceof Instruction.Run) || at.node().heredocs().isEmpty()) {
      return "";
    }
    String body = at.node().heredocs().get(0).content();
    String[] lines = body.split("\n", -1);
    boolean more = lines.length > 2 || (lines.length == 2 && !lines[1].isEmpty());
    return " (" + lines[0] + (more ? "..." : "") + ")";
  }
}
