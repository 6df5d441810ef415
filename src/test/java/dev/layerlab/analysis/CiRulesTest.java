package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlab.analysis.efficiency.CiRule;
import dev.layerlab.analysis.efficiency.CiRules;
import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.GoFormat;
import dev.layerlab.analysis.efficiency.Mode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** dive's CI rule values and messages (wagoodman/dive cmd/dive/cli/internal/command/ci/rules.go). */
class CiRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "disabled", "off", "false", "Disabled", " OFF "})
  void theseValues_disableARule(String value) {
    assertThat(CiRule.parse(CiRule.LOWEST_EFFICIENCY, value).threshold()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"20MB, 20000000", "19Mb, 19000000", "50kB, 50000", "1B, 1", "2MiB, 2097152", "20 MB, 20000000",
      "1.5GB, 1500000000", "'1,000', 1000"})
  void bytes_readAsGoHumanizeReadsThem(String value, double bytes) {
    assertThat(CiRule.parse(CiRule.HIGHEST_WASTED_BYTES, value).threshold()).contains(bytes);
  }

  @Test
  void badValues_getDivesWording() {
    assertThatThrownBy(() -> CiRule.parse(CiRule.LOWEST_EFFICIENCY, "1.5"))
        .hasMessage("lowestEfficiency config value is outside allowed range (0-1), given '1.500000'");
    assertThatThrownBy(() -> CiRule.parse(CiRule.HIGHEST_USER_WASTED_PERCENT, "lots"))
        .hasMessage("invalid highestUserWastedPercent config value, given \"lots\": not a number");
    assertThatThrownBy(() -> CiRule.parse(CiRule.LOWEST_EFFICIENCY, "0.5d")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> CiRule.parse(CiRule.HIGHEST_WASTED_BYTES, "20XB"))
        .hasMessage("invalid highestWastedBytes config value, given \"20XB\": unhandled size name: xb");
  }

  @Test
  void aPass_showsTheThresholdAsWritten() {
    CiVerdict v = CiRules.of(Optional.of("0.90"), Optional.empty(), Optional.empty()).evaluate(report(1.0, 0, 10));
    assertThat(v.rules()).extracting(CiVerdict.Line::text)
        .containsExactly("highestUserWastedPercent (0.1)", "highestWastedBytes (disabled)", "lowestEfficiency (0.90)");
  }

  @Test
  void wasteWithNoUserBytes_failsTheUserRule_asDivesDivisionByZeroDoes() {
    CiVerdict v = CiRules.defaults().evaluate(report(0.95, 100, 0));
    assertThat(v.rules().get(0).status()).isEqualTo(CiVerdict.Status.FAIL);
    assertThat(v.rules().get(0).message()).contains("%-user-wasted-bytes=+Inf > threshold=0.1");
    assertThat(CiRules.defaults().evaluate(report(1.0, 0, 0)).failed()).isFalse();
  }

  @Test
  void goFormat_roundsTheExactBinaryValueHalfToEven() {
    assertThat(GoFormat.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(GoFormat.fixed(0.715, 2)).isEqualTo("0.71");
    assertThat(GoFormat.fixed(97.95, 2)).isEqualTo("97.95");
    assertThat(GoFormat.v(0.9)).isEqualTo("0.9");
    assertThat(GoFormat.v(1)).isEqualTo("1");
    assertThat(GoFormat.v(0.00001)).isEqualTo("1e-05");
  }

  private static EfficiencyReport report(double score, long wasted, long userSize) {
    OptionalDouble user = userSize == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wasted / userSize);
    return new EfficiencyReport(Mode.DIVE, score, wasted, userSize, user, userSize + 1000, List.of());
  }
}
