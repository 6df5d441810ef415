package dev.layerlab.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlab.build.BuildEngine;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BuildKit's graph against the legacy builder's file order, on the simulated clock. */
class SchedulerTest {
  /**
   * Docker's multi-stage example: three independent two-minute stages feed a final one. Their commands
   * differ: identical steps in one build are one vertex to BuildKit (here, a cache hit), not three.
   */
  static final String THREE_STAGES = """
      FROM alpine:3.19 AS a
      RUN sleep 120 && echo a > /a
      FROM alpine:3.19 AS b
      RUN sleep 120 && echo b > /b
      FROM alpine:3.19 AS c
      RUN sleep 120 && echo c > /c
      FROM alpine:3.19 AS final
      COPY --from=a /etc/hostname /a
      COPY --from=b /etc/hostname /b
      COPY --from=c /etc/hostname /c
      """;

  static BuildResult build(String dockerfile, Builder builder, Optional<String> target) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(target, Map.of(), builder));
    return BuildEngine.build(BuildRequest.of(plan, BuildContext.inMemory(Map.of())));
  }

  static Timeline timeline(String dockerfile, Builder builder) {
    return Scheduler.schedule(build(dockerfile, builder, Optional.empty()));
  }

  static Slot slot(Timeline t, String label) {
    return t.slots().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void threeIndependentTwoMinuteStages_takeAboutTwoMinutesWithBuildKit_andSixWithLegacy() {
    Timeline buildkit = timeline(THREE_STAGES, Builder.BUILDKIT);
    Timeline legacy = timeline(THREE_STAGES, Builder.LEGACY);
    assertThat(buildkit.total()).isBetween(120.0, 125.0);
    assertThat(legacy.total()).isBetween(360.0, 370.0);
    assertThat(slot(buildkit, "[b 2/2]").start()).isEqualTo(slot(buildkit, "[a 2/2]").start());
    assertThat(slot(buildkit, "[c 2/2]").start()).isEqualTo(slot(buildkit, "[a 2/2]").start());
  }

  @Test
  void oneImage_isPulledOnce_andEveryStageFromItWaitsForThatPull() {
    Timeline t = timeline(THREE_STAGES, Builder.BUILDKIT);
    assertThat(t.slots()).filteredOn(s -> s.name().startsWith("FROM ")).hasSize(1);
    Slot pull = slot(t, "[a 1/2]");
    assertThat(pull.start()).isZero();
    assertThat(slot(t, "[b 2/2]").start()).isEqualTo(pull.end());
    assertThat(slot(t, "[c 2/2]").start()).isEqualTo(pull.end());
  }

  @Test
  void copyFrom_waitsForTheStageItReads_atThatStepOnly() {
    Timeline t = timeline("""
        FROM alpine:3.19 AS slow
        RUN sleep 60
        FROM busybox AS app
        WORKDIR /app
        COPY --from=slow /etc/hostname /app/h
        """, Builder.BUILDKIT);
    Slot workdir = slot(t, "[app 2/3]");
    Slot copy = slot(t, "[app 3/3]");
    assertThat(workdir.end()).isLessThan(10.0);
    assertThat(copy.start()).isEqualTo(slot(t, "[slow 2/2]").end());
  }

  @Test
  void fromAStage_startsWhenThatStageEnds() {
    Timeline t = timeline("""
        FROM alpine:3.19 AS base
        RUN sleep 30
        FROM base AS one
        RUN sleep 10
        FROM base AS two
        RUN sleep 20
        FROM scratch
        COPY --from=one /etc/hostname /1
        COPY --from=two /etc/hostname /2
        """, Builder.BUILDKIT);
    double baseEnd = slot(t, "[base 2/2]").end();
    assertThat(slot(t, "[one 1/1]").start()).isEqualTo(baseEnd);
    assertThat(slot(t, "[two 1/1]").start()).isEqualTo(baseEnd);
    assertThat(t.criticalPath()).extracting(Slot::label)
        .containsExactly("[base 1/2]", "[base 2/2]", "[two 1/1]", "[stage-3 2/2]");
  }

  @Test
  void aStageTheTargetDoesNotNeed_isNotBuiltByBuildKit_butIsByLegacy() {
    String df = """
        FROM alpine:3.19 AS unused
        RUN sleep 100
        FROM alpine:3.19 AS app
        RUN sleep 10
        FROM alpine:3.19 AS later
        RUN sleep 5
        """;
    Timeline buildkit = Scheduler.schedule(build(df, Builder.BUILDKIT, Optional.of("app")));
    Timeline legacy = Scheduler.schedule(build(df, Builder.LEGACY, Optional.of("app")));
    assertThat(buildkit.stageBuilt(0)).isFalse();
    assertThat(buildkit.lanes()).extracting(Lane::name).containsExactly("app");
    assertThat(buildkit.total()).isLessThan(20.0);
    assertThat(legacy.lanes()).extracting(Lane::name).containsExactly("unused", "app");
    assertThat(legacy.total()).isGreaterThan(110.0);
  }

  @Test
  void legacy_runsOneStepAtATime_inFileOrder() {
    Timeline t = timeline(THREE_STAGES, Builder.LEGACY);
    List<Slot> slots = t.slots();
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i).start()).isEqualTo(slots.get(i - 1).end());
    }
    assertThat(t.criticalPath()).hasSameSizeAs(slots);
  }

  @Test
  void maxParallelism_limitsStepsRunningAtOnce_earlierStagesFirst() {
    BuildResult r = build(THREE_STAGES, Builder.BUILDKIT, Optional.empty());
    Timeline two = Scheduler.schedule(r, new SimSettings(Optional.of(2), List.of()));
    assertThat(two.total()).isBetween(240.0, 250.0);
    assertThat(slot(two, "[c 2/2]").start()).isEqualTo(slot(two, "[a 2/2]").end());
    Timeline one = Scheduler.schedule(r, new SimSettings(Optional.of(1), List.of()));
    assertThat(one.total()).isBetween(360.0, 370.0);
  }

  @Test
  void simOverride_setsTheDurationOfStepsWhoseNameContainsIt_lastOneWins() {
    BuildResult r = build(THREE_STAGES, Builder.BUILDKIT, Optional.empty());
    Timeline t = Scheduler.schedule(r, new SimSettings(Optional.empty(),
        List.of(CostOverride.parse("sleep=1m"), CostOverride.parse("sleep 120=5s"))));
    assertThat(slot(t, "[a 2/2]").duration()).isEqualTo(5.0);
    assertThat(t.total()).isLessThan(10.0);
  }

  @Test
  void costOverride_parsesUnits_andRejectsNonsense() {
    assertThat(CostOverride.parse("go build=120s")).isEqualTo(new CostOverride("go build", 120));
    assertThat(CostOverride.parse("npm ci=2m").seconds()).isEqualTo(120.0);
    assertThat(CostOverride.parse("x=250ms").seconds()).isEqualTo(0.25);
    assertThat(CostOverride.parse("apt=7").seconds()).isEqualTo(7.0);
    assertThatThrownBy(() -> CostOverride.parse("go build")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CostOverride.parse("=3s")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameInput_sameTimeline() {
    assertThat(timeline(THREE_STAGES, Builder.BUILDKIT)).isEqualTo(timeline(THREE_STAGES, Builder.BUILDKIT));
  }

  @Test
  void completionOrder_followsTheClock_notTheDockerfile() {
    Timeline t = timeline("""
        FROM alpine:3.19 AS slow
        RUN sleep 60
        FROM alpine:3.19 AS fast
        RUN sleep 1
        FROM scratch
        COPY --from=slow /etc/hostname /s
        COPY --from=fast /etc/hostname /f
        """, Builder.BUILDKIT);
    assertThat(t.byCompletion()).extracting(Slot::label)
        .containsExactly("[slow 1/2]", "[fast 2/2]", "[slow 2/2]", "[stage-2 1/2]", "[stage-2 2/2]");
  }
}
