package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.Builder;
import dev.layerlab.plan.PlanOptions;
import dev.layerlab.plan.Planner;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A RUN as a non-root USER meets the kernel's permission checks, as in a real build. */
class UserPermissionsTest {
  private static final BuildContext APP = BuildContext.inMemory(Map.of(
      "package.json", "{\"name\":\"x\",\"version\":\"1.0.0\",\"dependencies\":{\"express\":\"^4.19.2\"}}",
      "package-lock.json", "{\"name\":\"x\",\"version\":\"1.0.0\",\"lockfileVersion\":3,\"packages\":{\"\":"
          + "{\"name\":\"x\",\"dependencies\":{\"express\":\"^4.19.2\"}},\"node_modules/express\":{\"version\":\"4.19.2\"}}}"));

  private static BuildResult build(String dockerfile, Builder builder) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), Map.of(), builder));
    return BuildEngine.build(new BuildRequest(plan, APP, Map.of(), ImageCatalogue.standard(), new CacheStore(), false,
        Set.of()));
  }

  @Test
  void npmCi_asNode_inARootOwnedWorkdir_failsWithEacces() {
    BuildResult r = build("FROM node:20-alpine\nWORKDIR /app\nUSER node\nCOPY package.json package-lock.json ./\n"
        + "RUN npm ci\n", Builder.BUILDKIT);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.error().orElseThrow().message()).endsWith("did not complete successfully: exit code: 243");
    assertThat(r.steps().get(r.steps().size() - 1).output())
        .contains("npm ERR! Error: EACCES: permission denied, mkdir '/app/node_modules'");
  }

  @Test
  void npmCi_asNode_inAWorkdirMadeAfterUser_succeeds() {
    BuildResult r = build("FROM node:20-alpine\nUSER node\nWORKDIR /app\nCOPY --chown=node:node package.json "
        + "package-lock.json ./\nRUN npm ci\n", Builder.BUILDKIT);
    assertThat(r.error()).isEmpty();
  }

  @Test
  void theLegacyBuildersWorkdir_isRootsEvenAfterUser() {
    String df = "FROM busybox\nUSER 1000:1000\nWORKDIR /data\nRUN touch /data/f\n";
    assertThat(build(df, Builder.BUILDKIT).error()).isEmpty();
    BuildResult legacy = build(df, Builder.LEGACY);
    assertThat(legacy.steps().get(legacy.steps().size() - 1).output()).contains("touch: /data/f: Permission denied");
  }
}
