package dev.layerlab.render;

import java.util.Arrays;
import java.util.List;

/**
 * What a fix changes in a Dockerfile, as one hunk: the lines it replaces and the lines it writes
 * instead, between the longest common start and end of the two texts.
 *
 * @param line the first changed line of the Dockerfile as written (1-based)
 * @param before the lines the fix replaces, joined by newlines (empty when it only inserts)
 * @param after the lines it writes instead (empty when it only deletes)
 */
public record FixLines(int line, String before, String after) {

  public static FixLines between(String written, String fixed) {
    List<String> a = Arrays.asList(written.split("\n", -1));
    List<String> b = Arrays.asList(fixed.split("\n", -1));
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int end = 0;
    while (end < a.size() - start && end < b.size() - start
        && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
      end++;
    }
    return new FixLines(start + 1, String.join("\n", a.subList(start, a.size() - end)),
        String.join("\n", b.subList(start, b.size() - end)));
  }

  public List<String> beforeLines() {
    return before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
  }

  public List<String> afterLines() {
    return after.isEmpty() ? List.of() : List.of(after.split("\n", -1));
  }
}
