package dev.layerlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.cache.CacheStore;
import dev.layerlab.dockerfile.Dockerfile;
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
 * Every history row (CREATED BY) of two Dockerfiles that use every metadata instruction, COPY and ADD,
 * equal to what the real builders wrote ({@code docker history --no-trunc} of docker.io's BuildKit and
 * classic builder, recorded with the oracle; trailing spaces trimmed). The base image's row is left out.
 */
class HistoryTextTest {
  private static List<String> rows(String dockerfile, Map<String, String> context, Builder builder) {
    var plan = Planner.plan(Dockerfile.parse(dockerfile), new PlanOptions(Optional.empty(), Map.of(), builder));
    BuildResult r = BuildEngine.build(new BuildRequest(plan, BuildContext.inMemory(context), Map.of(),
        ImageCatalogue.standard(), new CacheStore(), false, Set.of()));
    List<String> all = r.image().orElseThrow().history().stream().map(h -> h.createdBy().stripTrailing()).toList();
    return all.subList(1, all.size()); // the first row is the base image's
  }

  private static final String METADATA = "FROM busybox\nLABEL a=1 \"b c\"=\"d e\"\nMAINTAINER someone <x@y.z>\nENV K1=v1 K2=\"two words\"\nENV K3 spaced value\nEXPOSE 80 443/udp\nUSER 1000:1000\nUSER root\nWORKDIR /srv/app\nVOLUME [\"/data\", \"/logs\"]\nVOLUME /cache\nSTOPSIGNAL SIGINT\nHEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O- http://localhost/ || exit 1\nSHELL [\"/bin/sh\", \"-ec\"]\nONBUILD RUN echo hi\nRUN echo $K2 > /x\nENTRYPOINT [\"/bin/sh\", \"-c\"]\nCMD echo hello\n";
  private static final String COPIES = "FROM busybox\nENV PORT=8080 A=\"x y\"\nEXPOSE $PORT 9000-9002/tcp 53/UDP\nLABEL org.opencontainers.image.title=\"demo \\\"q\\\"\" multi=\"a\\\nb\"\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=2s --retries=3 CMD [\"wget\", \"-q\", \"http://localhost/\"]\nSHELL [\"/bin/sh\", \"-xc\"]\nCOPY f.txt /srv/\nADD f.txt /srv/g.txt\nUSER nobody:nogroup\nSTOPSIGNAL 9\nENTRYPOINT echo start\nCMD [\"arg1\", \"arg 2\"]\nHEALTHCHECK NONE\n";
  private static final Map<String, String> FILES = Map.of("f.txt", "hi\n");

  @Test
  void buildkit_metadataInstructions() {
    assertThat(rows(METADATA, Map.of(), Builder.BUILDKIT)).containsExactly(
        "LABEL a=1 b c=d e",
        "MAINTAINER someone <x@y.z>",
        "ENV K1=v1 K2=two words",
        "ENV K3=spaced value",
        "EXPOSE map[443/udp:{} 80/tcp:{}]",
        "USER 1000:1000",
        "USER root",
        "WORKDIR /srv/app",
        "VOLUME [/data /logs]",
        "VOLUME [/cache]",
        "STOPSIGNAL SIGINT",
        "HEALTHCHECK &{[\"CMD-SHELL\" \"wget -q -O- http://localhost/ || exit 1\"] \"30s\" \"3s\" \"0s\" '\\x00'}",
        "SHELL [/bin/sh -ec]",
        "RUN /bin/sh -ec echo $K2 > /x # buildkit",
        "ENTRYPOINT [\"/bin/sh\" \"-c\"]",
        "CMD [\"/bin/sh\" \"-ec\" \"echo hello\"]");
  }

  @Test
  void legacy_metadataInstructions_afterShellUseTheNewShell_andOnbuildIsAStep() {
    assertThat(rows(METADATA, Map.of(), Builder.LEGACY)).containsExactly(
        "/bin/sh -c #(nop)  LABEL a=1 b c=d e",
        "/bin/sh -c #(nop)  MAINTAINER someone <x@y.z>",
        "/bin/sh -c #(nop)  ENV K1=v1 K2=two words",
        "/bin/sh -c #(nop)  ENV K3=spaced value",
        "/bin/sh -c #(nop)  EXPOSE 443/udp 80",
        "/bin/sh -c #(nop)  USER 1000:1000",
        "/bin/sh -c #(nop)  USER root",
        "/bin/sh -c #(nop) WORKDIR /srv/app",
        "/bin/sh -c #(nop)  VOLUME [/data /logs]",
        "/bin/sh -c #(nop)  VOLUME [/cache]",
        "/bin/sh -c #(nop)  STOPSIGNAL SIGINT",
        "/bin/sh -c #(nop)  HEALTHCHECK &{[\"CMD-SHELL\" \"wget -q -O- http://localhost/ || exit 1\"] \"30s\" \"3s\" \"0s\" '\\x00'}",
        "/bin/sh -ec #(nop)  SHELL [/bin/sh -ec]",
        "/bin/sh -ec #(nop)  ONBUILD RUN echo hi",
        "/bin/sh -ec echo $K2 > /x",
        "/bin/sh -ec #(nop)  ENTRYPOINT [\"/bin/sh\" \"-c\"]",
        "/bin/sh -ec #(nop)  CMD [\"/bin/sh\" \"-ec\" \"echo hello\"]");
  }

  @Test
  void buildkit_exposeRanges_healthcheckExecForm_copyAndAdd() {
    assertThat(rows(COPIES, FILES, Builder.BUILDKIT)).containsExactly(
        "ENV PORT=8080 A=x y",
        "EXPOSE map[53/udp:{} 8080/tcp:{} 9000/tcp:{} 9001/tcp:{} 9002/tcp:{}]",
        "LABEL org.opencontainers.image.title=demo \"q\" multi=ab",
        "HEALTHCHECK &{[\"CMD\" \"wget\" \"-q\" \"http://localhost/\"] \"1m30s\" \"500ms\" \"2s\" '\\x03'}",
        "SHELL [/bin/sh -xc]",
        "COPY f.txt /srv/ # buildkit",
        "ADD f.txt /srv/g.txt # buildkit",
        "USER nobody:nogroup",
        "STOPSIGNAL 9",
        "ENTRYPOINT [\"/bin/sh\" \"-xc\" \"echo start\"]",
        "CMD [\"arg1\" \"arg 2\"]",
        "HEALTHCHECK &{[\"NONE\"] \"0s\" \"0s\" \"0s\" '\\x00'}");
  }

  @Test
  void legacy_copyAndAddHashes_areTheBuildersOwn() {
    assertThat(rows(COPIES, FILES, Builder.LEGACY)).containsExactly(
        "/bin/sh -c #(nop)  ENV PORT=8080 A=x y",
        "/bin/sh -c #(nop)  EXPOSE 8080 53/UDP 9000-9002/tcp",
        "/bin/sh -c #(nop)  LABEL org.opencontainers.image.title=demo \"q\" multi=ab",
        "/bin/sh -c #(nop)  HEALTHCHECK &{[\"CMD\" \"wget\" \"-q\" \"http://localhost/\"] \"1m30s\" \"500ms\" \"2s\" '\\x03'}",
        "/bin/sh -xc #(nop)  SHELL [/bin/sh -xc]",
        "/bin/sh -xc #(nop) COPY file:690f63c33926bc3c6299be5a99f5899b6d938c79652882e6ba63ea1f755d0307 in /srv/",
        "/bin/sh -xc #(nop) ADD file:690f63c33926bc3c6299be5a99f5899b6d938c79652882e6ba63ea1f755d0307 in /srv/g.txt",
        "/bin/sh -xc #(nop)  USER nobody:nogroup",
        "/bin/sh -xc #(nop)  STOPSIGNAL 9",
        "/bin/sh -xc #(nop)  ENTRYPOINT [\"/bin/sh\" \"-xc\" \"echo start\"]",
        "/bin/sh -xc #(nop)  CMD [\"arg1\" \"arg 2\"]",
        "/bin/sh -xc #(nop)  HEALTHCHECK &{[\"NONE\"] \"0s\" \"0s\" \"0s\" '\\x00'}");
  }
}
