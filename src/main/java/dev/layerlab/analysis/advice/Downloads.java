package dev.layerlab.analysis.advice;

import java.util.List;
import java.util.Optional;

/** A plain wget download as the same curl download, and back; empty when an option has no twin. */
final class Downloads {
  private Downloads() {}

  /** Where a download goes: a file, stdout ({@code -}), or the URL's file name (empty). */
  private record Request(String url, Optional<String> output) {}

  static Optional<String> wgetAsCurl(List<String> args) {
    return parse(args, "q", "O", List.of("--quiet", "--no-verbose", "-nv"), "--output-document")
        .map(r -> r.output().map(o -> o.equals("-") ? "curl -fsSL " + r.url() : "curl -fsSL -o " + o + " " + r.url())
            .orElse("curl -fsSLO " + r.url()));
  }

  static Optional<String> curlAsWget(List<String> args) {
    Optional<Request> r = parse(args, "fsSLO", "o", List.of("--fail", "--silent", "--show-error", "--location",
        "--remote-name"), "--output");
    boolean remoteName = args.stream().anyMatch(a -> a.equals("--remote-name") || a.matches("-[fsSL]*O[fsSL]*"));
    return r.map(x -> x.output().map(o -> "wget -q -O " + o + " " + x.url())
        .orElse(remoteName ? "wget -q " + x.url() : "wget -qO- " + x.url()));
  }

  /**
   * Reads {@code args} with {@code plain} short flags, one short {@code valued} flag, {@code longs}
   * without a value and one long option with a value; anything else, or not exactly one URL, is empty.
   */
  private static Optional<Request> parse(List<String> args, String plain, String valued, List<String> longs,
      String longValued) {
    Optional<String> url = Optional.empty();
    Optional<String> output = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (longs.contains(a) || a.startsWith("--progress=") && longs.contains("--quiet")) {
        continue;
      }
      if (a.startsWith(longValued + "=")) {
        output = Optional.of(a.substring(longValued.length() + 1));
      } else if (a.equals(longValued) && i + 1 < args.size()) {
        output = Optional.of(args.get(++i));
      } else if (a.startsWith("-") && !a.startsWith("--") && a.length() > 1) {
        int v = a.indexOf(valued);
        if (!a.substring(1, v < 0 ? a.length() : v).chars().allMatch(c -> plain.indexOf(c) >= 0)) {
          return Optional.empty();
        }
        if (v >= 0) {
          String rest = a.substring(v + 1);
          output = Optional.of(!rest.isEmpty() ? rest : i + 1 < args.size() ? args.get(++i) : "");
        }
      } else if (a.contains("://") && url.isEmpty() && !a.startsWith("-")) {
        url = Optional.of(a);
      } else {
        return Optional.empty();
      }
    }
    boolean nameless = output.isEmpty() && url.map(u -> u.replaceFirst("[?#].*", "").endsWith("/")).orElse(true);
    return url.isPresent() && !nameless && !output.equals(Optional.of("")) ? Optional.of(new Request(url.get(), output))
        : Optional.empty();
  }
}
