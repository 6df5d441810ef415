package dev.layerlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-humanize's Bytes as dive prints sizes (reference layers-and-history §1.3, dive's CI snapshot). */
class DiveBytesTest {
  @ParameterizedTest
  @CsvSource({"0, 0 B", "9, 9 B", "10, 10 B", "131, 131 B", "917, 917 B", "42960, 43 kB", "1982485, 2.0 MB",
      "12500, 12 kB", "13500, 14 kB", "104857600, 105 MB", "999999, 1000 kB", "1000000, 1.0 MB",
      "1300000000, 1.3 GB"})
  void sizes_readAsDivePrintsThem(long bytes, String shown) {
    assertThat(DiveBytes.human(bytes)).isEqualTo(shown);
  }
}
