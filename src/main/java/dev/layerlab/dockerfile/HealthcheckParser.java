package dev.layerlab.dockerfile;

import static dev.layerlab.dockerfile.Flags.Kind.STRING;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** HEALTHCHECK NONE, or HEALTHCHECK [flags] CMD …, checked as BuildKit checks it. */
final class HealthcheckParser {
  private static final Duration MINIMUM = Duration.ofMillis(1);

  private HealthcheckParser() {}

  static Instruction parse(Request r) {
    if (r.args().isEmpty()) {
      throw r.atLeastOne("HEALTHCHECK");
    }
    String type = r.args().get(0).toUpperCase(Locale.ROOT);
    List<String> rest = r.args().subList(1, r.args().size());
    if (type.equals("NONE")) {
      if (!rest.isEmpty()) {
        throw Request.error("HEALTHCHECK NONE takes no arguments");
      }
      return new Instruction.Healthcheck(r.node(), List.of("NONE"), Duration.ZERO, Duration.ZERO, Duration.ZERO,
          Duration.ZERO, 0);
    }
    Flags f = r.flags().declare("interval", STRING).declare("timeout", STRING).declare("start-period", STRING)
        .declare("start-interval", STRING).declare("retries", STRING).parse(r.node().flags());
    if (!type.equals("CMD")) {
      throw Request.error("Unknown type " + GoQuote.quote(type) + " in HEALTHCHECK (try CMD)");
    }
    return new Instruction.Healthcheck(r.node(), test(r, rest), interval(f, "interval"), interval(f, "timeout"),
        interval(f, "start-period"), interval(f, "start-interval"), retries(f.string("retries")));
  }

  private static List<String> test(Request r, List<String> rest) {
    List<String> cmd = r.node().json() ? rest : rest.isEmpty() ? List.of() : List.of(String.join(" ", rest));
    if (cmd.isEmpty()) {
      throw Request.error("Missing command after HEALTHCHECK CMD");
    }
    List<String> test = new ArrayList<>();
    test.add(r.node().json() ? "CMD" : "CMD-SHELL");
    test.addAll(cmd);
    return test;
  }

  private static Duration interval(Flags f, String name) {
    Optional<String> value = f.string(name).filter(s -> !s.isEmpty());
    if (value.isEmpty()) {
      return Duration.ZERO;
    }
    Duration d = GoDuration.parse(value.get());
    if (!d.isZero() && d.compareTo(MINIMUM) < 0) {
      throw Request.error("Interval " + GoQuote.quote(name) + " cannot be less than 1ms");
    }
    return d;
  }

  private static int retries(Optional<String> value) {
    if (value.isEmpty() || value.get().isEmpty()) {
      return 0;
    }
    long n;
    try {
      n = Long.parseLong(value.get());
    } catch (NumberFormatException e) {
      throw Request.error("strconv.ParseInt: parsing " + GoQuote.quote(value.get()) + ": invalid syntax");
    }
    if (n < 0) {
      throw Request.error("--retries cannot be negative (" + n + ")");
    }
    return (int) n;
  }
}
