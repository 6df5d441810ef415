package dev.layerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code .dive-ci}: the rules as written, both spellings, what is ignored, and clear errors. */
class DiveCiFileTest {
  @Test
  void divesReadmeSample_keepsEveryValueAsWritten() throws UserError {
    DiveCiFile.Rules r = DiveCiFile.parse(".dive-ci",
        "rules:\n  # comment\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: 0.20\n");
    assertThat(r.values()).containsExactly(Map.entry("lowestEfficiency", "0.95"), Map.entry("highestWastedBytes", "20MB"),
        Map.entry("highestUserWastedPercent", "0.20"));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void snakeCaseKeys_andEmptyValues_areRead() throws UserError {
    DiveCiFile.Rules r = DiveCiFile.parse("f", "rules:\n  lowest-efficiency: '0.5'\n  highest-wasted-bytes:\n");
    assertThat(r.values()).containsExactly(Map.entry("lowestEfficiency", "0.5"), Map.entry("highestWastedBytes", ""));
  }

  @Test
  void emptyFile_andEmptyRules_giveNothing() throws UserError {
    assertThat(DiveCiFile.parse("f", "").values()).isEmpty();
    assertThat(DiveCiFile.parse("f", "rules:\n").values()).isEmpty();
  }

  @Test
  void unknownKeys_areIgnoredWithAWarning() throws UserError {
    DiveCiFile.Rules r = DiveCiFile.parse("f", "lowestEfficiency: 0.5\nrules:\n  lowestEficiency: 0.5\n");
    assertThat(r.values()).isEmpty();
    assertThat(r.warnings()).containsExactly(
        "f line 1: unknown key \"lowestEfficiency\" ignored (rules go under \"rules:\")",
        "f line 3: unknown rule \"lowestEficiency\" ignored (known: lowestEfficiency, highestWastedBytes, highestUserWastedPercent)");
  }

  @Test
  void badShapes_andBadValues_areErrorsWithTheLine() {
    assertThatThrownBy(() -> DiveCiFile.parse("f", "- a\n- b\n"))
        .hasMessage("invalid CI config f line 1: the file must be a mapping (key: value lines)");
    assertThatThrownBy(() -> DiveCiFile.parse("f", "rules: 0.9\n"))
        .hasMessage("invalid CI config f line 1: \"rules\" must be a mapping (key: value lines)");
    assertThatThrownBy(() -> DiveCiFile.parse("f", "rules:\n  lowestEfficiency: [0.9]\n"))
        .hasMessage("invalid CI config f line 2: the value of lowestEfficiency must be a single value");
    assertThatThrownBy(() -> DiveCiFile.parse("f", "rules:\n  highestWastedBytes: lots\n"))
        .hasMessage("invalid CI config f line 2: invalid highestWastedBytes config value, given \"lots\": not a size (e.g. 20MB, 500kB, 1GiB)");
    assertThatThrownBy(() -> DiveCiFile.parse("f", "rules:\n  a: [\n")).hasMessageStartingWith("failed to parse CI config file f line ");
  }
}
