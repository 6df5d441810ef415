package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.image.Healthcheck;
import java.util.Optional;

/** HEALTHCHECK: the container's health test, recorded as Go prints the config struct. */
final class HealthcheckHandler {
  private HealthcheckHandler() {}

  static void handle(Instruction.Healthcheck i, StageState s, BuildSession session) {
    Healthcheck h = new Healthcheck(i.test(), i.interval(), i.timeout(), i.startPeriod(), i.startInterval(),
        i.retries());
    s.config = s.config.withHealthcheck(Optional.of(h));
    session.metadata(s, i, "HEALTHCHECK {Test:" + HistoryText.plainList(i.test()) + " Interval:"
        + HistoryText.duration(i.interval()) + " Timeout:" + HistoryText.duration(i.timeout()) + " StartPeriod:"
        + HistoryText.duration(i.startPeriod()) + " StartInterval:" + HistoryText.duration(i.startInterval())
        + " Retries:" + i.retries() + "}");
  }
}
