package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DL4001's rewrite: drop wget (or else curl) from the stage's {@code apt-get install}/{@code apk add}
 * and run every download with the other tool. Only plain downloads translate: wget {@code -q -O FILE
 * URL} ↔ curl {@code -fsSL -o FILE URL}, to stdout ({@code -O-} ↔ no output option) or to the URL's
 * file name ({@code wget URL} ↔ {@code curl -O}); any other option has no mechanical equivalent.
 */
final class DownloaderSwap {
  private static final Pattern INSTALL = Pattern.compile("(apt-get|apt)\\s.*\\binstall\\b|apk\\s.*\\badd\\b");

  private DownloaderSwap() {}

  static Optional<Fix> of(Stage stage) {
    for (String drop : List.of("wget", "curl")) {
      String keep = drop.equals("wget") ? "curl" : "wget";
      Optional<List<Edit>> edits = edits(stage, drop, keep);
      if (edits.isPresent()) {
        return Optional.of(new Fix("drop " + drop + " from the install and download with " + keep,
            text -> apply(text, edits.get())));
      }
    }
    return Optional.empty();
  }

  /** One command's words as written, and what replaces them. */
  private record Edit(Instruction.Run run, List<String> words, String replacement) {}

  private static Optional<List<Edit>> edits(Stage stage, String drop, String keep) {
    List<Edit> out = new ArrayList<>();
    boolean installed = false;
    for (Instruction.Run run : Subject.shellRuns(stage)) {
      for (ShellCommands.Command c : ShellCommands.of(run)) {
        String line = String.join(" ", c.words());
        if (INSTALL.matcher(line).find() && c.args().contains(drop)) {
          List<String> rest = new ArrayList<>(c.words());
          rest.remove(drop);
          if (!namesAPackage(rest)) {
            return Optional.empty();
          }
          installed = true;
          out.add(new Edit(run, c.words(), String.join(" ", rest)));
        } else if (c.name().equals(drop)) {
          Optional<String> swapped = drop.equals("wget") ? Downloads.wgetAsCurl(c.args()) : Downloads.curlAsWget(c.args());
          if (swapped.isEmpty()) {
            return Optional.empty();
          }
          out.add(new Edit(run, c.words(), swapped.get()));
        }
      }
    }
    return installed ? Optional.of(out) : Optional.empty();
  }

  /** True when a word after {@code install}/{@code add} is still a package, so the command stays valid. */
  private static boolean namesAPackage(List<String> words) {
    int verb = Math.max(words.indexOf("install"), words.indexOf("add"));
    return words.subList(verb + 1, words.size()).stream().anyMatch(w -> !w.startsWith("-"));
  }

  private static String apply(String text, List<Edit> edits) {
    String out = text;
    for (Edit e : edits) {
      out = TextEdit.edit(out, TextEdit.range(e.run()), t -> replaceWords(t, e.words(), e.replacement()));
    }
    return out;
  }

  /** Replaces the first run of {@code words} (separated by blanks or line continuations) in {@code t}. */
  private static String replaceWords(String t, List<String> words, String replacement) {
    StringBuilder re = new StringBuilder("(?<![\\w/.-])");
    for (int i = 0; i < words.size(); i++) {
      re.append(i == 0 ? "" : "(?:\\s|\\\\\\n)+").append(Pattern.quote(words.get(i)));
    }
    return Pattern.compile(re.toString()).matcher(t).replaceFirst(java.util.regex.Matcher.quoteReplacement(replacement));
  }
}
