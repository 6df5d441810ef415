package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.image.Layer;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A stage's files are laid down only when a step runs, and a copy with the same inputs is taken as it
 * was made: neither may change a result. Each rebuild on a warm store must give exactly the image a
 * build on an empty store gives.
 */
class LazyStageTest {
  private final CacheStore warm = new CacheStore();

  private static BuildResult build(CacheStore store, String dockerfile, BuildContext ctx, Map<String, byte[]> secrets,
      boolean noCache, Builder builder) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), Map.of(), builder));
    return BuildEngine.build(new BuildRequest(plan, ctx, secrets, ImageCatalogue.standard(), store, noCache, Set.of()));
  }

  private BuildResult warmBuild(String dockerfile, BuildContext ctx) {
    return build(warm, dockerfile, ctx, Map.of(), false, Builder.BUILDKIT);
  }

  private static Image coldImage(String dockerfile, BuildContext ctx, Builder builder) {
    return build(new CacheStore(), dockerfile, ctx, Map.of(), false, builder).image().orElseThrow();
  }

  private static List<String> digests(Image image) {
    return image.layers().stream().map(Layer::digest).toList();
  }

  private static String fileText(Image image, String path) {
    return image.layers().stream().flatMap(l -> l.diff().entries().stream()).filter(e -> e.path().equals(path))
        .reduce((a, b) -> b).flatMap(e -> e.content()).map(c -> ((dev.layerlab.fs.Content.Bytes) c).utf8())
        .orElse("<absent>");
  }

  private static final String APP = "FROM busybox\nWORKDIR /app\nCOPY a.txt ./\nRUN cat a.txt > seen-a\n"
      + "COPY b.txt ./\nRUN cat a.txt b.txt seen-a > all\n";

  @Test
  void allCachedRebuild_givesTheImageOfAFreshBuild() {
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n", "b.txt", "B\n"));
    warmBuild(APP, ctx);
    BuildResult again = warmBuild(APP, ctx);
    assertThat(again.steps()).filteredOn(s -> s.cached().isPresent()).allMatch(s -> s.cached().get());
    Image cold = coldImage(APP, ctx, Builder.BUILDKIT);
    assertThat(digests(again.image().orElseThrow())).isEqualTo(digests(cold));
    assertThat(again.image().orElseThrow().history()).isEqualTo(cold.history());
  }

  @Test
  void missAfterCachedSteps_laysDownEverythingBelowIt() {
    warmBuild(APP, BuildContext.inMemory(Map.of("a.txt", "A\n", "b.txt", "B\n")));
    BuildContext edited = BuildContext.inMemory(Map.of("a.txt", "A\n", "b.txt", "B2\n"));
    Image image = warmBuild(APP, edited).image().orElseThrow();
    assertThat(fileText(image, "app/all")).isEqualTo("A\nB2\nA\n");
    assertThat(digests(image)).isEqualTo(digests(coldImage(APP, edited, Builder.BUILDKIT)));
  }

  @Test
  void copyTakenAsMade_onFilesAlreadyLaidDown_isThere_forTheNextRun() {
    String first = "FROM busybox\nRUN echo one > /x\nCOPY a.txt /a.txt\nRUN cat /a.txt /x > /both\n";
    String second = first.replace("echo one", "echo two");
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n"));
    warmBuild(first, ctx);
    warmBuild(second, ctx);
    Image image = warmBuild(second.replace("> /both", "> /both2"), ctx).image().orElseThrow();
    assertThat(fileText(image, "both2")).isEqualTo("A\ntwo\n");
    assertThat(digests(image)).isEqualTo(digests(coldImage(second.replace("> /both", "> /both2"), ctx, Builder.BUILDKIT)));
  }

  @Test
  void sameCopy_overDifferentFiles_isMadeAgain() {
    String real = "FROM busybox\nRUN mkdir -p /d\nCOPY a.txt /d/\n";
    String linked = "FROM busybox\nRUN mkdir -p /e && ln -s /e /d\nCOPY a.txt /d/\n";
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n"));
    warmBuild(real, ctx);
    Image image = warmBuild(linked, ctx).image().orElseThrow();
    assertThat(fileText(image, "e/a.txt")).isEqualTo("A\n");
    assertThat(digests(image)).isEqualTo(digests(coldImage(linked, ctx, Builder.BUILDKIT)));
  }

  @Test
  void copyFromAStageRerunWithNoCache_seesItsNewFiles_thoughTheKeysAreTheSame() {
    String df = "FROM busybox AS gen\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /out\n"
        + "FROM busybox\nCOPY --from=gen /out /out\n";
    BuildContext ctx = BuildContext.inMemory(Map.of());
    build(warm, df, ctx, Map.of("tok", "first".getBytes(StandardCharsets.UTF_8)), false, Builder.BUILDKIT);
    Image image = build(warm, df, ctx, Map.of("tok", "second".getBytes(StandardCharsets.UTF_8)), true,
        Builder.BUILDKIT).image().orElseThrow();
    assertThat(fileText(image, "out")).isEqualTo("second");
  }

  @Test
  void derivedStage_fromAStageNeverLaidDown_startsFromItsLayers() {
    String df = "FROM busybox AS base\nCOPY a.txt /a.txt\nFROM base\nRUN cat /a.txt > /copy\n";
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n"));
    warmBuild(df, ctx);
    Image image = warmBuild(df.replace("> /copy", "> /copy2"), ctx).image().orElseThrow();
    assertThat(fileText(image, "copy2")).isEqualTo("A\n");
  }

  @Test
  void legacyBuilder_rebuild_givesTheImageOfAFreshBuild() {
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n", "b.txt", "B\n"));
    build(warm, APP, ctx, Map.of(), false, Builder.LEGACY);
    Image again = build(warm, APP, ctx, Map.of(), false, Builder.LEGACY).image().orElseThrow();
    Image cold = coldImage(APP, ctx, Builder.LEGACY);
    assertThat(digests(again)).isEqualTo(digests(cold));
    assertThat(again.history()).isEqualTo(cold.history());
  }

  @Test
  void aStageReadByTwo_keepsItsFiles_whileItsChildChangesACopy() {
    String df = "FROM busybox AS base\nRUN echo 1 > /a\nFROM base AS child\nRUN echo 2 >> /a\n"
        + "FROM busybox\nCOPY --from=base /a /base-a\nCOPY --from=child /a /child-a\n";
    Image image = warmBuild(df, BuildContext.inMemory(Map.of())).image().orElseThrow();
    assertThat(fileText(image, "base-a")).isEqualTo("1\n");
    assertThat(fileText(image, "child-a")).isEqualTo("1\n2\n");
  }

  @Test
  void aStageReadOnlyByItsChild_handsItsFilesOver() {
    String df = "FROM busybox AS base\nRUN echo 1 > /a\nFROM base AS child\nRUN echo 2 >> /a && cat /a > /b\n";
    Image image = warmBuild(df, BuildContext.inMemory(Map.of())).image().orElseThrow();
    assertThat(fileText(image, "b")).isEqualTo("1\n2\n");
    assertThat(digests(image)).isEqualTo(digests(coldImage(df, BuildContext.inMemory(Map.of()), Builder.LEGACY)));
  }

  @Test
  void anOnbuildTriggerReadingAStage_seesItUnchanged() {
    String df = "FROM busybox AS data\nRUN echo 1 > /a\nFROM data AS changed\nRUN echo 2 >> /a\n"
        + "FROM busybox AS trig\nONBUILD COPY --from=data /a /from-data\nFROM trig\nCOPY --from=changed /a /from-changed\n";
    BuildResult r = warmBuild(df, BuildContext.inMemory(Map.of()));
    assertThat(r.error()).isEmpty();
    Image image = r.image().orElseThrow();
    assertThat(fileText(image, "from-data")).isEqualTo("1\n");
    assertThat(fileText(image, "from-changed")).isEqualTo("1\n2\n");
  }

  @Test
  void legacyCopy_afterAChangedShell_isRecordedWithTheNewShell() {
    BuildContext ctx = BuildContext.inMemory(Map.of("a.txt", "A\n"));
    String plain = "FROM busybox\nCOPY a.txt /a.txt\n";
    String shelled = "FROM busybox\nSHELL [\"/bin/sh\", \"-ec\"]\nCOPY a.txt /a.txt\n";
    build(warm, plain, ctx, Map.of(), false, Builder.LEGACY);
    Image image = build(warm, shelled, ctx, Map.of(), false, Builder.LEGACY).image().orElseThrow();
    assertThat(image.history().get(image.history().size() - 1).createdBy()).startsWith("/bin/sh -ec #(nop) COPY file:");
  }
}
