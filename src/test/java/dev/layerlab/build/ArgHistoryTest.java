package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each builder writes into history for ARG and for the RUN after it, as the real builders wrote it
 * (docker.io's BuildKit and classic builder, {@code docker history --no-trunc}, recorded with the
 * oracle on the two Dockerfiles below). A --build-arg value shows on the RUN, never on the ARG row.
 */
class ArgHistoryTest {
  private static List<String> history(String dockerfile, Map<String, String> args, Builder builder) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), args, builder));
    BuildResult r = BuildEngine.build(new BuildRequest(plan, BuildContext.inMemory(Map.of()), Map.of(),
        ImageCatalogue.standard(), new CacheStore(), false, Set.of()));
    List<String> rows = r.image().orElseThrow().history().stream().map(HistoryRow::createdBy).toList();
    return rows.subList(rows.size() - 6, rows.size());
  }

  private static final String GIVEN = "ARG G=global\nFROM busybox\nARG G\nENV E=eval\nARG X=$E\nARG TOK\nARG OTHER=dflt\n"
      + "RUN echo x > /x\n";
  private static final Map<String, String> ARGS = Map.of("TOK", "secretvalue123", "OTHER", "given");

  @Test
  void buildkit_recordsTheDeclarations_andEveryArgOnTheRun() {
    assertThat(history(GIVEN, ARGS, Builder.BUILDKIT)).containsExactly("ARG G", "ENV E=eval", "ARG X=eval", "ARG TOK",
        "ARG OTHER=dflt", "RUN |4 G=global X=eval TOK=secretvalue123 OTHER=given /bin/sh -c echo x > /x # buildkit");
  }

  @Test
  void legacy_recordsTheDeclarations_andTheValuedArgsSortedOnTheRun() {
    assertThat(history(GIVEN, ARGS, Builder.LEGACY)).containsExactly("/bin/sh -c #(nop)  ARG G",
        "/bin/sh -c #(nop)  ENV E=eval", "/bin/sh -c #(nop)  ARG X=eval", "/bin/sh -c #(nop)  ARG TOK",
        "/bin/sh -c #(nop)  ARG OTHER=dflt", "|4 G=global OTHER=given TOK=secretvalue123 X=eval /bin/sh -c echo x > /x");
  }

  private static final String SHADOWED = "FROM busybox\nARG NOVAL\nARG B=2\nARG A=1\nENV B=env\nRUN echo x > /x\n";

  @Test
  void anArgWithoutValue_orShadowedByEnv_isOnBuildkitsRunOnly() {
    List<String> buildkit = history(SHADOWED, Map.of(), Builder.BUILDKIT);
    assertThat(buildkit.get(5)).isEqualTo("RUN |3 NOVAL= B=env A=1 /bin/sh -c echo x > /x # buildkit");
    List<String> legacy = history(SHADOWED, Map.of(), Builder.LEGACY);
    assertThat(legacy.get(5)).isEqualTo("|1 A=1 /bin/sh -c echo x > /x");
  }
}
