package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.image.Healthcheck;
import java.util.Optional;

/**
 * HEALTHCHECK: the container's health test. History holds Go's {@code %q} of the config struct of the
 * recorded builders (test, interval, timeout, start period, retries — retries an int, so printed as a
 * quoted rune): {@code HEALTHCHECK &{["CMD-SHELL" "curl -f x"] "30s" "3s" "0s" '\x00'}}. Their struct
 * has no start interval.
 */
final class HealthcheckHandler {
  private HealthcheckHandler() {}

  static void handle(Instruction.Healthcheck i, StageState s, BuildSession session) {
    Healthcheck h = new Healthcheck(i.test(), i.interval(), i.timeout(), i.startPeriod(), i.startInterval(),
        i.retries());
    s.config = s.config.withHealthcheck(Optional.of(h));
    session.metadata(s, i, "HEALTHCHECK &{" + HistoryText.quotedList(i.test()) + " "
        + HistoryText.goQuote(HistoryText.duration(i.interval())) + " " + HistoryText.goQuote(HistoryText.duration(i.timeout()))
        + " " + HistoryText.goQuote(HistoryText.duration(i.startPeriod())) + " " + HistoryText.goRune(i.retries()) + "}");
  }
}
