package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import java.util.Optional;

/** Finds a step the way a user names it: by its Dockerfile line, or by its label ({@code 3/5}, {@code build 3/5}). */
final class StepLookup {
  private StepLookup() {}

  static Optional<StepRecord> find(BuildResult r, String text) {
    String t = text.strip();
    if (t.matches("\\d+")) {
      int line = Integer.parseInt(t);
      return r.steps().stream().filter(s -> s.line() == line).findFirst();
    }
    String want = t.replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ");
    return r.steps().stream().filter(s -> {
      String label = s.label(true).replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip();
      String counter = s.index() + "/" + s.total();
      return label.equals(want) || counter.equals(want);
    }).findFirst();
  }
}
