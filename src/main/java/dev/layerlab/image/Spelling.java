package dev.layerlab.image;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds a likely intended name for a misspelt one ({@code ndoe} → {@code node}). */
final class Spelling {

  private Spelling() {}

  /** The candidate within edit distance 2 (and under half the word), nearest first. */
  static Optional<String> closest(String word, List<String> candidates) {
    int limit = Math.min(2, word.length() / 2);
    return candidates.stream()
        .filter(c -> distance(word, c) <= limit)
        .min(Comparator.comparingInt((String c) -> distance(word, c)).thenComparing(c -> c));
  }

  // Damerau (optimal string alignment) distance, so a swapped pair of letters counts as one edit.
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
