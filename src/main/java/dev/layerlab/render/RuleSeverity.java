package dev.layerlab.render;

import java.util.Map;
import java.util.Optional;

/**
 * The severity hadolint's README gives its rules (layers-and-history §5), for the rules the advisor
 * shares with hadolint; layerlab's own LL rules and BuildKit's lint have none.
 */
final class RuleSeverity {
  private static final Map<String, String> HADOLINT = Map.ofEntries(
      Map.entry("DL3009", "info"), Map.entry("DL3015", "info"), Map.entry("DL3019", "info"),
      Map.entry("DL3042", "warning"), Map.entry("DL3060", "info"), Map.entry("DL3059", "info"),
      Map.entry("DL3020", "error"), Map.entry("DL3025", "warning"), Map.entry("DL3010", "info"),
      Map.entry("DL3032", "warning"), Map.entry("DL3040", "warning"), Map.entry("DL3036", "warning"),
      Map.entry("DL3046", "warning"), Map.entry("DL3067", "warning"), Map.entry("DL4001", "warning"),
      Map.entry("DL3047", "info"), Map.entry("DL4006", "warning"), Map.entry("DL3003", "warning"),
      Map.entry("DL3002", "warning"), Map.entry("DL3064", "warning"), Map.entry("DL3006", "warning"),
      Map.entry("DL3007", "warning"), Map.entry("DL3008", "warning"));

  private RuleSeverity() {}

  static Optional<String> of(String rule) {
    return Optional.ofNullable(HADOLINT.get(rule));
  }
}
