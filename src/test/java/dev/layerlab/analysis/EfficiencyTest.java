package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.layerlab.analysis.efficiency.CiRules;
import dev.layerlab.analysis.efficiency.CiVerdict;
import dev.layerlab.analysis.efficiency.Efficiency;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.Mode;
import dev.layerlab.analysis.efficiency.PathWaste;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** dive's worked examples (reference layers-and-history §1.2), in dive's mode and corrected. */
class EfficiencyTest {
  private static final long MB = 1_000_000;

  static DiffEntry file(String path, long size) {
    return DiffEntry.file(path, Content.synthetic(size, path.hashCode() * 31L + size), 0644, 0, 0);
  }

  static DiffEntry dir(String path) {
    return DiffEntry.dir(path, 0755, 0, 0);
  }

  static Layer layer(DiffEntry... entries) {
    return new Layer("test", LayerDiff.sorted(List.of(entries)), 0, "sha256:x", false, 0);
  }

  static List<String> rows(EfficiencyReport r) {
    return r.inefficient().stream().map(p -> p.count() + " " + p.wasted() + " " + p.path()).toList();
  }

  @Test
  void divesOwnUnitTest_scoresThreeQuarters_andWastes7000() {
    // The parent directories exist only implicitly, as in dive's test, so the whiteout of /etc/nginx weighs 0.
    List<Layer> layers = List.of(
        layer(file("etc/nginx/nginx.conf", 2000), file("etc/nginx/public", 3000)),
        layer(file("etc/nginx/nginx.conf", 5000), file("etc/athing", 10000)),
        layer(DiffEntry.whiteout("etc/nginx")));
    EfficiencyReport r = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(r.wastedBytes()).isEqualTo(7000);
    assertThat(rows(r)).containsExactly("2 7000 /etc/nginx/nginx.conf");
  }

  @Test
  void deletedFile_wastesItsWholeSize_inBothModes() {
    List<Layer> layers = List.of(layer(dir("app"), file("app/big.bin", 100 * MB)),
        layer(dir("app"), DiffEntry.whiteout("app/big.bin")));
    EfficiencyReport dive = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(dive.wastedBytes()).isEqualTo(100 * MB);
    assertThat(rows(dive)).containsExactly("2 100000000 /app/big.bin");
    assertThat(dive.score()).isEqualTo(0.0);
    assertThat(Efficiency.analyse(layers, Mode.CORRECTED).wastedBytes()).isEqualTo(100 * MB);
  }

  @Test
  void chmodCopy_diveCountsBothCopies_correctedCountsOne() {
    List<Layer> layers = List.of(layer(dir("app"), file("app/app.jar", 50 * MB)),
        layer(dir("app"), file("app/app.jar", 50 * MB)));
    EfficiencyReport dive = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(dive.wastedBytes()).isEqualTo(100 * MB);
    assertThat(dive.score()).isEqualTo(0.5);
    assertThat(Efficiency.analyse(layers, Mode.CORRECTED).wastedBytes()).isEqualTo(50 * MB);
  }

  @Test
  void wholeDirectoryDeleted_diveSeesNoWaste_correctedCountsIt() {
    List<Layer> layers = List.of(layer(dir("data"), file("data/a", 60 * MB), file("data/b", 40 * MB)),
        layer(DiffEntry.whiteout("data")));
    EfficiencyReport dive = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(dive.wastedBytes()).isZero();
    assertThat(dive.inefficient()).isEmpty();
    assertThat(dive.score()).isEqualTo(1.0); // the dir-whiteout occurrence adds 100 MB to both sums
    EfficiencyReport fixed = Efficiency.analyse(layers, Mode.CORRECTED);
    assertThat(fixed.wastedBytes()).isEqualTo(100 * MB);
    assertThat(fixed.score()).isEqualTo(0.0);
  }

  @Test
  void directoryEmptiedFileByFile_wastesEveryFile() {
    List<Layer> layers = List.of(layer(dir("data"), file("data/a", 60 * MB), file("data/b", 40 * MB)),
        layer(dir("data"), DiffEntry.whiteout("data/a"), DiffEntry.whiteout("data/b")));
    EfficiencyReport dive = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(dive.wastedBytes()).isEqualTo(100 * MB);
    assertThat(rows(dive)).containsExactly("2 60000000 /data/a", "2 40000000 /data/b");
  }

  @Test
  void emptyDirectoryTouchedThreeTimes_isListedWithZeroBytes() {
    List<Layer> layers = List.of(layer(dir("tmp")), layer(dir("tmp")), layer(dir("tmp")));
    EfficiencyReport r = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(rows(r)).containsExactly("3 0 /tmp");
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.userWastedPercent()).isEmpty(); // no user bytes: dive divides by zero
  }

  @Test
  void userSize_excludesOnlyTheFirstLayer() {
    List<Layer> layers = List.of(layer(file("base", 10)), layer(file("x", 30)), layer(file("x", 20)));
    EfficiencyReport r = Efficiency.analyse(layers, Mode.DIVE);
    assertThat(r.userSize()).isEqualTo(50);
    assertThat(r.userWastedPercent().getAsDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(r.inefficient()).extracting(PathWaste::smallest).containsExactly(20L);
  }

  @Test
  void ci_failsOnStrictComparisons_andSkipsDisabledRules() {
    List<Layer> layers = List.of(layer(file("base", 10)), layer(file("x", 30)), layer(file("x", 20)));
    EfficiencyReport r = Efficiency.analyse(layers, Mode.DIVE);
    CiVerdict v = CiRules.of(Optional.of("0.5"), Optional.of("50B"), Optional.of("disabled")).evaluate(r);
    assertThat(v.rules()).extracting(CiVerdict.Line::status)
        .containsExactly(CiVerdict.Status.SKIP, CiVerdict.Status.PASS, CiVerdict.Status.PASS); // sorted by name
    CiVerdict strict = CiRules.of(Optional.of("0.9"), Optional.of("49"), Optional.empty()).evaluate(r);
    assertThat(strict.failed()).isTrue();
    assertThat(strict.count(CiVerdict.Status.FAIL)).isEqualTo(3);
  }
}
