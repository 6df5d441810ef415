package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogued image is self-consistent and matches the reference's figures. */
class CatalogueDataTest {

  static Stream<BaseImage> images() {
    return ImageCatalogue.standard().images().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void layerSizes_sumToDocumentedSize(String name) {
    BaseImage image = ImageCatalogue.standard().exact(name).orElseThrow();
    assertThat(SizeText.parse(image.documented().uncompressed()).contains(image.size()))
        .as("%s: %d bytes vs documented %s", name, image.size(), image.documented().uncompressed())
        .isTrue();
    assertThat(SizeText.parse(image.documented().compressed()).contains(image.compressedSize()))
        .as("%s: %d compressed vs documented %s", name, image.compressedSize(),
            image.documented().compressed())
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void treeEntrySizes_sumToEachLayerSize(String name) {
    for (BaseLayer layer : ImageCatalogue.standard().exact(name).orElseThrow().layers()) {
      assertThat(layer.entriesSize()).as("%s: %s", name, layer.createdBy()).isEqualTo(layer.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void history_hasOneNonEmptyRowPerLayer_withTheLayersSize(String name) {
    BaseImage image = ImageCatalogue.standard().exact(name).orElseThrow();
    List<HistoryRow> layerRows = image.history().stream().filter(r -> !r.emptyLayer()).toList();
    assertThat(layerRows).hasSameSizeAs(image.layers());
    for (int i = 0; i < layerRows.size(); i++) {
      assertThat(layerRows.get(i).size()).isEqualTo(image.layers().get(i).size());
      assertThat(layerRows.get(i).createdBy()).isEqualTo(image.layers().get(i).createdBy());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void everyFigure_saysWhetherItIsMeasuredOrEstimated(String name) {
    for (BaseLayer layer : ImageCatalogue.standard().exact(name).orElseThrow().layers()) {
      assertThat(layer.sizeBasis()).matches("(measured|estimate|derived): .+");
      assertThat(layer.compressedBasis()).matches("(measured|estimate|derived): .+");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void entries_areInTarOrder_withParentsPresent(String name) {
    for (BaseLayer layer : ImageCatalogue.standard().exact(name).orElseThrow().layers()) {
      List<String> paths = layer.entries().stream().map(TreeEntry::path).toList();
      for (int i = 1; i < paths.size(); i++) {
        assertThat(EntryExpander.tarOrder(paths.get(i - 1), paths.get(i))).isNegative();
      }
      for (String p : paths) {
        if (p.contains("/")) {
          assertThat(paths).contains(p.substring(0, p.lastIndexOf('/')));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void history_isInTimeOrder(String name) {
    List<HistoryRow> rows = ImageCatalogue.standard().exact(name).orElseThrow().history();
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).created()).as("%s row %d", name, i)
          .isAfterOrEqualTo(rows.get(i - 1).created());
    }
  }

  @org.junit.jupiter.api.Test
  void digests_areDistinctPerImage() {
    List<String> digests = images().map(BaseImage::digest).toList();
    assertThat(digests).doesNotHaveDuplicates().allMatch(d -> d.matches("sha256:[0-9a-f]{64}"));
  }

  static Stream<String> names() {
    return images().map(BaseImage::name);
  }
}
