package dev.layerlab.render;

import java.time.Duration;
import java.time.Instant;

/** Docker's "created since" wording (go-units HumanDuration); dates up to 2000 print {@code N/A}. */
final class Durations {
  private static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

  private Durations() {}

  static String since(Instant created, Instant now) {
    if (!created.isAfter(Y2K)) {
      return "N/A";
    }
    return human(Duration.between(created, now)) + " ago";
  }

  static String human(Duration d) {
    long seconds = d.getSeconds();
    if (seconds < 1) {
      return "Less than a second";
    }
    if (seconds < 60) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes == 1 ? "About a minute" : minutes + " minutes";
    }
    long hours = d.toHours();
    if (hours < 48) {
      return hours == 1 ? "About an hour" : hours + " hours";
    }
    if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    }
    if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return hours / 24 / 365 + " years";
  }
}
