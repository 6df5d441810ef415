package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.start.StartReport;
import dev.layerlab.analysis.start.WillItStart;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WillItStartTest {
  static StartReport check(String dockerfile, BuildContext ctx) {
    BuildResult r = Builds.build(Builds.request(dockerfile, ctx, Map.of(), Map.of()));
    assertThat(r.error()).isEmpty();
    return WillItStart.check(r.image().orElseThrow());
  }

  static StartReport check(String dockerfile) {
    return check(dockerfile, BuildContext.inMemory(Map.of()));
  }

  @Test
  void goApp_staticInScratch_starts() {
    StartReport r = check(new String(readApp("go-api/Dockerfile")), Builds.app("go-api"));
    assertThat(r.error()).isEmpty();
    assertThat(r.argv()).containsExactly("/server");
  }

  @Test
  void dynamicallyLinkedBinaryInScratch_failsLikeRunc() {
    String df = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/server ./cmd/server\n"
        + "FROM scratch\nCOPY --from=build /out/server /server\nENTRYPOINT [\"/server\"]\n";
    StartReport r = check(df, Builds.app("go-api"));
    assertThat(r.error()).contains("exec /server: no such file or directory");
  }

  @Test
  void nodeMissingFromTheRuntimeImage_isNotFoundInPath() {
    StartReport r = check("FROM alpine:3.19\nWORKDIR /app\nCMD [\"node\", \"server.js\"]\n");
    assertThat(r.error()).contains("exec: \"node\": executable file not found in $PATH");
  }

  @Test
  void nodeScriptMissing_isNodesError() {
    StartReport r = check("FROM node:20-alpine\nWORKDIR /app\nCMD [\"node\", \"src/server.js\"]\n");
    assertThat(r.error()).contains("Error: Cannot find module '/app/src/server.js'");
  }

  @Test
  void unknownUser_failsBeforeTheProgram() {
    StartReport r = check("FROM alpine:3.19\nUSER app\nCMD [\"sh\"]\n");
    assertThat(r.error()).contains("unable to find user app: no matching entries in passwd file");
    assertThat(check("FROM alpine:3.19\nUSER 1000:1000\nCMD [\"sh\"]\n").starts()).isTrue();
  }

  @Test
  void nodeExpressSample_starts() {
    StartReport r = check(new String(readApp("node-express/Dockerfile")), Builds.app("node-express"));
    assertThat(r.error()).isEmpty();
  }

  static byte[] readApp(String rel) {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/apps", rel));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
