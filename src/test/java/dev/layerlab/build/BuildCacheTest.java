package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheDir;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache decisions and their reasons, build after build on one store. */
class BuildCacheTest {
  private final CacheStore store = new CacheStore();

  private BuildResult build(String dockerfile, BuildContext ctx, Map<String, String> args, Map<String, byte[]> secrets,
      boolean noCache) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), args, Builder.BUILDKIT));
    return BuildEngine.build(new BuildRequest(plan, ctx, secrets, ImageCatalogue.standard(), store, noCache, Set.of()));
  }

  private BuildResult build(String dockerfile, BuildContext ctx) {
    return build(dockerfile, ctx, Map.of(), Map.of(), false);
  }

  private static BuildContext files(String... pathsAndTexts) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return BuildContext.inMemory(m);
  }

  private static Map<String, String> reasons(BuildResult r) {
    Map<String, String> m = new LinkedHashMap<>();
    r.steps().stream().filter(s -> s.cached().isPresent())
        .forEach(s -> m.put(s.name(), s.cached().get() ? "CACHED" : s.reason().orElse("?")));
    return m;
  }

  private static final String NODE = "FROM busybox\nWORKDIR /app\nCOPY package.json ./\nRUN echo install > deps\nCOPY . .\n"
      + "RUN cat src/index.js > out\n";

  @Test
  void firstBuild_isCold_secondIdentical_isAllCached() {
    assertThat(reasons(build(NODE, files("package.json", "{}", "src/index.js", "1")))).containsValue("cold cache");
    assertThat(reasons(build(NODE, files("package.json", "{}", "src/index.js", "1")))).containsOnlyKeys(
        "WORKDIR /app", "COPY package.json ./", "RUN echo install > deps", "COPY . .", "RUN cat src/index.js > out")
        .allSatisfy((k, v) -> assertThat(v).isEqualTo("CACHED"));
  }

  @Test
  void editedSource_missesAtCopyDotDot_namingTheFile_andKeepsTheInstall() {
    build(NODE, files("package.json", "{}", "src/index.js", "1"));
    Map<String, String> r = reasons(build(NODE, files("package.json", "{}", "src/index.js", "2")));
    assertThat(r).containsEntry("RUN echo install > deps", "CACHED")
        .containsEntry("COPY . .", "source changed: src/index.js (content)")
        .containsEntry("RUN cat src/index.js > out", "parent step missed: [5/6] COPY . .");
  }

  @Test
  void newFile_andModeChange_areNamed() {
    BuildContext a = BuildContext.builder().file("a.sh", dev.layerlab.fs.Content.of("x"), 0644).build();
    BuildContext b = BuildContext.builder().file("a.sh", dev.layerlab.fs.Content.of("x"), 0755).build();
    BuildContext c = BuildContext.builder().file("a.sh", dev.layerlab.fs.Content.of("x"), 0755).file("b.sh", "y").build();
    String df = "FROM busybox\nCOPY . /s/\n";
    build(df, a);
    assertThat(reasons(build(df, b))).containsEntry("COPY . /s/", "source changed: a.sh (mode 0644 → 0755)");
    assertThat(reasons(build(df, c))).containsEntry("COPY . /s/", "new source file: b.sh");
  }

  @Test
  void argValue_missesTheFirstRunAfterIt_usedOrNot() {
    String df = "FROM busybox\nRUN echo a > /a\nARG V\nRUN echo constant > /c\n";
    build(df, files(), Map.of("V", "1"), Map.of(), false);
    Map<String, String> r = reasons(build(df, files(), Map.of("V", "2"), Map.of(), false));
    assertThat(r).containsEntry("RUN echo a > /a", "CACHED").containsEntry("RUN echo constant > /c",
        "build arg V changed: 1 → 2");
  }

  @Test
  void labelChange_missesNothing_envChange_missesTheRunsAfter() {
    build("FROM busybox\nLABEL v=1\nENV E=1\nRUN true\n", files());
    assertThat(reasons(build("FROM busybox\nLABEL v=2\nENV E=1\nRUN true\n", files()))).containsEntry("RUN true", "CACHED");
    assertThat(reasons(build("FROM busybox\nLABEL v=2\nENV E=2\nRUN true\n", files())))
        .containsEntry("RUN true", "ENV E changed: 1 → 2");
  }

  @Test
  void changedInstruction_saysWhatItWasAndIs() {
    build("FROM busybox\nRUN echo npm install\n", files());
    assertThat(reasons(build("FROM busybox\nRUN echo npm ci\n", files()))).containsEntry("RUN echo npm ci",
        "instruction changed: was RUN /bin/sh -c echo npm install, now RUN /bin/sh -c echo npm ci");
  }

  @Test
  void secretValue_neverEntersTheKey_soAChangedSecretStillHits() {
    String df = "FROM busybox\nRUN --mount=type=secret,id=t cat /run/secrets/t > /copy\n";
    build(df, files(), Map.of(), Map.of("t", "one".getBytes(StandardCharsets.UTF_8)), false);
    BuildResult r = build(df, files(), Map.of(), Map.of("t", "two".getBytes(StandardCharsets.UTF_8)), false);
    assertThat(r.steps().get(1).cached()).contains(true);
    assertThat(r.image().orElseThrow().layers().get(1).size()).isEqualTo(3); // the first build's "one"
  }

  @Test
  void noCache_missesEverything_withThatReason() {
    build("FROM busybox\nRUN true\n", files());
    assertThat(reasons(build("FROM busybox\nRUN true\n", files(), Map.of(), Map.of(), true)))
        .containsEntry("RUN true", "--no-cache");
  }

  @Test
  void copyFromARebuiltStage_withTheSameBytes_hits() {
    String df = "FROM busybox AS b\nARG N\nRUN echo $N > /junk && echo same > /out\nFROM busybox\nCOPY --from=b /out /o\n";
    build(df, files(), Map.of("N", "1"), Map.of(), false);
    Map<String, String> r = reasons(build(df, files(), Map.of("N", "2"), Map.of(), false));
    assertThat(r).containsEntry("RUN echo 2 > /junk && echo same > /out", "build arg N changed: 1 → 2")
        .containsEntry("COPY --from=b /out /o", "CACHED");
  }

  @Test
  void cacheDir_keepsEntriesAndImages_andADamagedFileStartsCold(@TempDir Path dir) throws Exception {
    build(NODE, files("package.json", "{}", "src/index.js", "1"));
    CacheDir.save(dir, store);
    CacheStore loaded = CacheDir.load(dir).store();
    assertThat(loaded.entries()).hasSameSizeAs(store.entries());
    Files.writeString(dir.resolve("cache.json"), "{ not json");
    CacheDir.Loaded damaged = CacheDir.load(dir);
    assertThat(damaged.warning()).isPresent();
    assertThat(damaged.store().entries()).isEmpty();
  }

  @Test
  void legacyBuilder_aLabelChangeMissesEverythingAfterIt() {
    String df1 = "FROM busybox\nLABEL v=1\nRUN true\n";
    var plan = Planner.plan(Dockerfile.parse(df1), new PlanOptions(Optional.empty(), Map.of(), Builder.LEGACY));
    BuildEngine.build(new BuildRequest(plan, files(), Map.of(), ImageCatalogue.standard(), store, false, Set.of()));
    var plan2 = Planner.plan(Dockerfile.parse(df1.replace("v=1", "v=2")),
        new PlanOptions(Optional.empty(), Map.of(), Builder.LEGACY));
    BuildResult r = BuildEngine.build(new BuildRequest(plan2, files(), Map.of(), ImageCatalogue.standard(), store, false,
        Set.of()));
    assertThat(reasons(r)).containsEntry("RUN true", "parent step missed: Step 2/3 : LABEL v=2");
    assertThat(r.steps()).extracting(StepRecord::name).containsExactly("FROM busybox", "LABEL v=2", "RUN true");
    assertThat(List.of(r.label(r.steps().get(1)))).containsExactly("Step 2/3 :");
  }
}
