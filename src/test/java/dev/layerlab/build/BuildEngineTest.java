package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.image.HistoryRow;
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
import org.junit.jupiter.api.Test;

/** Instruction semantics end to end: what each instruction does to the image, its history and its layers. */
class BuildEngineTest {
  static BuildResult build(String dockerfile, Map<String, String> files, Map<String, String> buildArgs,
      Map<String, byte[]> secrets, CacheStore mounts) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), buildArgs, Builder.BUILDKIT));
    return BuildEngine.build(new BuildRequest(plan, BuildContext.inMemory(files), secrets, ImageCatalogue.standard(), mounts, false, java.util.Set.of()));
  }

  static BuildResult build(String dockerfile) {
    return build(dockerfile, Map.of(), Map.of(), Map.of(), new CacheStore());
  }

  static List<String> paths(Layer l) {
    return l.diff().entries().stream().map(DiffEntry::path).toList();
  }

  static Layer top(BuildResult r) {
    List<Layer> layers = r.image().orElseThrow().layers();
    return layers.get(layers.size() - 1);
  }

  static List<String> history(BuildResult r) {
    return r.image().orElseThrow().history().stream().map(HistoryRow::createdBy).toList();
  }

  @Test
  void run_recordsEveryArgInScope_usedOrNot_inHistory() {
    BuildResult r = build("FROM busybox\nARG A=1\nARG B\nENV A=2\nRUN true\n");
    assertThat(history(r)).contains("RUN |2 A=2 B= /bin/sh -c true # buildkit");
  }

  @Test
  void buildArg_overridesTheDefault_andGlobalArgNeedsRedeclaring() {
    BuildResult r = build("ARG V=global\nFROM busybox\nRUN echo \"[$V]\" > /a\nARG V\nRUN echo \"[$V]\" > /b\n",
        Map.of(), Map.of(), Map.of(), new CacheStore());
    assertThat(r.image().orElseThrow().layers()).hasSize(3);
    assertThat(r.image().get().layers().get(1).size()).isEqualTo(3); // "[]\n": not visible before ARG V
    assertThat(top(r).size()).isEqualTo(9); // "[global]\n"
    BuildResult withArg = build("ARG V=global\nFROM busybox\nARG V\nRUN echo \"[$V]\" > /b\n", Map.of(),
        Map.of("V", "cli"), Map.of(), new CacheStore());
    assertThat(top(withArg).size()).isEqualTo(6); // "[cli]\n"
  }

  @Test
  void env_readsValuesFromBeforeTheInstruction() {
    BuildResult r = build("FROM busybox\nENV abc=hello\nENV abc=bye def=$abc\n");
    assertThat(r.image().orElseThrow().config().env()).contains("abc=bye", "def=hello");
  }

  @Test
  void entrypoint_clearsAnInheritedCmd_unlessTheStageSetsOne() {
    Image i = build("FROM busybox\nENTRYPOINT [\"/bin/echo\"]\n").image().orElseThrow();
    assertThat(i.config().cmd()).isEmpty();
    Image j = build("FROM busybox\nCMD [\"hi\"]\nENTRYPOINT echo\n").image().orElseThrow();
    assertThat(j.config().cmd()).containsExactly("hi");
    assertThat(j.config().entrypoint()).containsExactly("/bin/sh", "-c", "echo");
  }

  @Test
  void metadataInstructions_makeHistoryRowsButNoLayersOrSteps() {
    BuildResult r = build("FROM busybox\nLABEL a=b\nEXPOSE 80 53/udp\nUSER 1000\nVOLUME /data\nSTOPSIGNAL SIGINT\n");
    assertThat(r.steps()).hasSize(1);
    assertThat(r.image().orElseThrow().layers()).hasSize(1);
    assertThat(history(r)).contains("LABEL a=b", "EXPOSE map[53/udp:{} 80/tcp:{}]", "USER 1000", "VOLUME [/data]",
        "STOPSIGNAL SIGINT");
  }

  @Test
  void workdir_makesALayer_withTheDirectoryOwnedByTheUser() {
    BuildResult r = build("FROM busybox\nUSER 1000\nWORKDIR /app\n");
    DiffEntry app = top(r).diff().entries().get(0);
    assertThat(app.path()).isEqualTo("app");
    assertThat(app.uid()).isEqualTo(1000);
    assertThat(history(r)).contains("WORKDIR /app");
  }

  @Test
  void user_ownsWhatRunCreates() {
    BuildResult r = build("FROM busybox\nUSER 1000\nRUN echo x > /tmp/f\n");
    assertThat(top(r).diff().entries()).anySatisfy(e -> {
      assertThat(e.path()).isEqualTo("tmp/f");
      assertThat(e.uid()).isEqualTo(1000);
    });
  }

  @Test
  void secretMount_isReadable_butNeverInALayer() {
    BuildResult r = build("FROM busybox\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /copy\n", Map.of(),
        Map.of(), Map.of("tok", "s3cr3t".getBytes(StandardCharsets.UTF_8)), new CacheStore());
    assertThat(paths(top(r))).containsExactly("copy", "run", "run/secrets");
    assertThat(top(r).size()).isEqualTo(6);
  }

  @Test
  void missingRequiredSecret_failsTheStep() {
    BuildResult r = build("FROM busybox\nRUN --mount=type=secret,id=tok,required=true true\n");
    assertThat(r.error().orElseThrow().message()).isEqualTo("secret tok: not found");
  }

  @Test
  void cacheMount_keepsItsContentsOutOfTheLayer_andBetweenBuilds() {
    CacheStore mounts = new CacheStore();
    String df = "FROM busybox\nRUN --mount=type=cache,target=/cache ls /cache > /before && echo x >> /cache/log\n";
    build(df, Map.of(), Map.of(), Map.of(), mounts);
    // Another command, so the step misses and runs again over what the first build left in the mount.
    BuildResult second = build(df.replace("&& echo", "&&  echo"), Map.of(), Map.of(), Map.of(), mounts);
    assertThat(paths(top(second))).containsExactly("before", "cache");
    assertThat(top(second).size()).isEqualTo(4); // "log\n": the first build's file was there
    assertThat(mounts.mounts().size("/cache")).isEqualTo(4); // "x\nx\n"
  }

  @Test
  void onbuildTriggers_runWhenAStageStartsFromTheImage() {
    BuildResult r = build("FROM busybox AS base\nONBUILD RUN echo triggered > /t\nFROM base\nRUN true\n");
    assertThat(r.steps()).extracting(StepRecord::name).contains("RUN echo triggered > /t");
    assertThat(r.image().orElseThrow().config().onBuild()).isEmpty();
  }

  @Test
  void scratch_hasNoShell_soRunFails() {
    BuildResult r = build("FROM scratch\nRUN echo hi\n");
    assertThat(r.error().orElseThrow().message())
        .startsWith("process \"/bin/sh -c echo hi\" did not complete successfully")
        .contains("/bin/sh");
  }

  @Test
  void copyFromAnImage_readsThatImage() {
    BuildResult r = build("FROM scratch\nCOPY --from=busybox /etc/passwd /passwd\n");
    assertThat(top(r).size()).isEqualTo(30);
  }

  @Test
  void targetPrunes_unneededStagesAreNotBuilt() {
    var plan = Planner.plan(Dockerfile.parse("FROM busybox AS a\nRUN echo a\nFROM busybox AS b\nRUN echo b\n"
        + "FROM busybox AS c\nCOPY --from=a / /x\n"), PlanOptions.defaults());
    BuildResult r = BuildEngine.build(BuildRequest.of(plan, BuildContext.inMemory(Map.of())));
    assertThat(r.steps()).extracting(StepRecord::stageName).doesNotContain("b");
  }

  @Test
  void stepNames_expandDefinedVariables_andKeepTheRest() {
    BuildResult r = build("FROM busybox\nENV D=/srv\nWORKDIR $D\nRUN echo \"$D $UNSET\"\n");
    assertThat(r.steps()).extracting(StepRecord::name).contains("WORKDIR /srv", "RUN echo \"/srv $UNSET\"");
  }

  @Test
  void copyHeredoc_writesAnInlineFile_expandedUnlessQuoted() {
    BuildResult r = build("FROM busybox\nENV WHO=world\nCOPY <<EOF <<'RAW' /etc/\nhello $WHO\nEOF\nhello $WHO\nRAW\n");
    assertThat(top(r).diff().entries()).anySatisfy(e -> {
      assertThat(e.path()).isEqualTo("etc/EOF");
      assertThat(e.size()).isEqualTo("hello world\n".length());
      assertThat(e.mode()).isEqualTo(0644);
    }).anySatisfy(e -> {
      assertThat(e.path()).isEqualTo("etc/RAW");
      assertThat(e.size()).isEqualTo("hello $WHO\n".length());
    });
    assertThat(history(r)).contains("COPY <<EOF <<RAW /etc/ # buildkit");
  }

  @Test
  void runHeredoc_runsTheBodyAsTheScript() {
    BuildResult r = build("FROM busybox\nRUN <<EOF\nmkdir /made\necho done > /made/f\nEOF\n");
    assertThat(paths(top(r))).containsExactly("made", "made/f");
    assertThat(r.steps()).extracting(StepRecord::name).contains("RUN <<EOF (mkdir /made...)");
  }

  @Test
  void unknownImage_isAnEmptyStandIn_withAWarning() {
    BuildResult r = build("FROM example.com/nothing/here:1\nCOPY --from=busybox /bin/busybox /bb\n");
    assertThat(r.exitCode()).isZero();
    assertThat(r.warnings()).anyMatch(w -> w.contains("example.com/nothing/here:1"));
  }
}
