package dev.layerlab.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the nearest catalogued tag of a family: same variant (distro codenames ignored, {@code
 * alpine3.19} read as {@code alpine}), then the closest version. Channel tags ({@code lts}, {@code
 * stable} …) and {@code latest} mean the family's default.
 */
final class TagMatcher {

  private static final Set<String> CHANNELS =
      Set.of("latest", "lts", "stable", "current", "mainline");
  /** Debian and Ubuntu codenames, read as versions when a tag has no number (debian:bullseye). */
  private static final Map<String, String> CODENAMES = Map.of(
      "buster", "10", "bullseye", "11", "bookworm", "12", "trixie", "13",
      "focal", "20.04", "jammy", "22.04", "noble", "24.04");

  /** The parts of a requested tag that matter for matching. */
  record Wanted(String version, String variant) {}

  private TagMatcher() {}

  static Wanted parse(String tag) {
    // limit -1 keeps empty tokens, so "node:-" still has a first token to look at
    String[] split = tag.toLowerCase(Locale.ROOT).split("-", -1);
    List<String> tokens = new ArrayList<>(Arrays.asList(split));
    String version = "";
    if (tokens.get(0).matches("v?\\d{1,6}(\\.\\d{1,6}){0,3}")) {
      version = tokens.remove(0).replaceFirst("^v", "");
    } else if (CHANNELS.contains(tokens.get(0))) {
      tokens.remove(0);
    } else if (CODENAMES.containsKey(tokens.get(0))) {
      version = CODENAMES.get(tokens.remove(0));
    }
    List<String> variant = new ArrayList<>();
    for (String t : tokens) {
      if (t.matches("alpine\\d+(\\.\\d+)*")) {
        variant.add("alpine");
      } else if (!t.isEmpty() && !CODENAMES.containsKey(t)) {
        variant.add(t);
      }
    }
    return new Wanted(version, String.join("-", variant));
  }

  /** The best candidate of one family; {@code family} must not be empty. */
  static Listing nearest(List<Listing> family, Wanted wanted) {
    List<Listing> sameVariant = bestVariant(family, wanted.variant());
    if (wanted.version().isEmpty()) {
      return sameVariant.stream().filter(TagMatcher::isLatest).findFirst()
          .orElse(sameVariant.stream().max(byVersion()).orElseThrow());
    }
    int[] want = numbers(wanted.version());
    return sameVariant.stream()
        .min(Comparator.comparingLong((Listing i) -> distance(want, numbers(i.version())))
            .thenComparing(byVersion().reversed()))
        .orElseThrow();
  }

  private static boolean isLatest(Listing image) {
    String latest = image.family() + ":latest";
    return image.tags().stream().anyMatch(t -> ImageRef.parse(t).key().equals(latest));
  }

  // Most leading variant tokens in common; "slim" beats nothing, "eclipse-temurin-17" keeps
  // "eclipse-temurin-21". With nothing in common, the plain variant, else the family default.
  private static List<Listing> bestVariant(List<Listing> family, String variant) {
    int best = family.stream().mapToInt(i -> common(i.variant(), variant)).max().orElse(0);
    if (best > 0) {
      return family.stream().filter(i -> common(i.variant(), variant) == best).toList();
    }
    List<Listing> plain = family.stream().filter(i -> i.variant().isEmpty()).toList();
    if (!plain.isEmpty()) {
      return plain;
    }
    List<Listing> latest = family.stream().filter(TagMatcher::isLatest).toList();
    return latest.isEmpty() ? family : latest;
  }

  private static int common(String a, String b) {
    if (a.equals(b)) {
      return Integer.MAX_VALUE;
    }
    String[] x = a.split("-");
    String[] y = b.split("-");
    int n = 0;
    while (n < Math.min(x.length, y.length) && !x[n].isEmpty() && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  // Major difference dominates, then minor: 1.21 is nearer 1.22 than 2.0 is.
  private static long distance(int[] a, int[] b) {
    long d = 0;
    for (int i = 0; i < 3; i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      d = d * 10_000 + Math.min(Math.abs(x - y), 9_999);
    }
    return d;
  }

  private static Comparator<Listing> byVersion() {
    return (p, q) -> Arrays.compare(numbers(p.version()), numbers(q.version()));
  }

  private static int[] numbers(String version) {
    if (version.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(version.split("\\.")).mapToInt(s -> Integer.parseInt(s)).toArray();
  }
}
