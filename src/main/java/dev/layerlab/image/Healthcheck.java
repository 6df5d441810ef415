package dev.layerlab.image;

import java.time.Duration;
import java.util.List;

/**
 * An image's HEALTHCHECK. A zero duration means "the default" (Docker stores 0 and applies 30s, 30s,
 * 0s, 5s at run time).
 *
 * @param test e.g. {@code [CMD-SHELL, curl -f http://localhost/]}, or {@code [NONE]}
 */
public record Healthcheck(
    List<String> test, Duration interval, Duration timeout, Duration startPeriod,
    Duration startInterval, int retries) {

  public Healthcheck {
    test = List.copyOf(test);
  }
}
