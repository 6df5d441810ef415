package dev.layerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output, exit status 0, 1 for a bad Dockerfile or build, 2 for bad usage. */
class CommandLineTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path dockerfile(String text) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), text);
    return dir;
  }

  @Test
  void help_listsTheCommands() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("parse", "build", "timeline", "history", "inspect");
  }

  @Test
  void noArguments_printsTheHelp() {
    assertThat(run().out()).contains("Usage: layerlab");
  }

  @Test
  void version_printsTheVersion() {
    assertThat(run("--version").out()).startsWith("layerlab ");
  }

  @Test
  void unknownOption_isBadUsage_exit2() {
    Run r = run("parse", "--bogus");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void parseDump_printsBuildKitsDump() throws IOException {
    Run r = run("parse", "--dump", dockerfile("FROM busybox\nRUN echo hi\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("(from \"busybox\")\n(run \"echo hi\")\n");
  }

  @Test
  void brokenDockerfile_givesBuildKitsMessageWithTheLine_exit1() throws IOException {
    Run r = run("parse", dockerfile("FROM busybox\nWORKDIR /app\nRUNN echo hi\n").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(" 3 | >>> RUNN echo hi")
        .contains("ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)")
        .doesNotContain("Exception");
  }

  @Test
  void missingFile_isAClearError_exit1() {
    Run r = run("parse", dir.resolve("nope").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("failed to read dockerfile");
  }

  @Test
  void build_printsProgressAndTheLayerTable() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "hello\n");
    Run r = run("build", dockerfile("FROM busybox\nWORKDIR /app\nCOPY a.txt .\nRUN cat a.txt > b.txt\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("#5 [2/4] WORKDIR /app", "[3/4] COPY a.txt .", "[4/4] RUN cat a.txt > b.txt",
        "exporting to image", "COPY a.txt . # buildkit", "RUN /bin/sh -c cat a.txt > b.txt");
  }

  @Test
  void build_missingCopySource_failsWithBuildKitsMessage_exit1() throws IOException {
    Run r = run("build", dockerfile("FROM busybox\nCOPY missing.txt /dest/\n").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("\"/missing.txt\": not found").contains(" 2 | >>> COPY missing.txt /dest/");
  }

  @Test
  void buildJson_isTheContract() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "hello\n");
    Run r = run("build", "--format", "json", dockerfile("FROM busybox\nCOPY a.txt /\nRUN rm /a.txt\n").toString());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("exitCode").asInt()).isZero();
    assertThat(j.get("builder").asText()).isEqualTo("buildkit");
    assertThat(j.get("steps")).hasSize(3);
    JsonNode last = j.get("image").get("layers").get(2);
    assertThat(last.get("createdBy").asText()).isEqualTo("RUN /bin/sh -c rm /a.txt # buildkit");
    assertThat(last.get("files").get(0).get("path").asText()).isEqualTo(".wh.a.txt");
    assertThat(last.get("files").get(0).get("type").asText()).isEqualTo("whiteout");
    assertThat(j.get("image").get("layers").get(0).get("fromBase").asBoolean()).isTrue();
  }

  @Test
  void buildJson_ofABrokenDockerfile_carriesTheErrorAndLine() throws IOException {
    Run r = run("build", "--format", "json", dockerfile("FROM busybox\nCOPY a\n").toString());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(r.status()).isEqualTo(1);
    assertThat(j.get("error").get("line").asInt()).isEqualTo(2);
    assertThat(j.get("error").get("message").asText()).startsWith("dockerfile parse error on line 2: COPY requires");
  }

  @Test
  void unknownTarget_isBuildKitsError() throws IOException {
    Run r = run("build", "--target", "biuld", dockerfile("FROM busybox AS build\nRUN true\n").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("target stage \"biuld\" could not be found (did you mean build?)");
  }

  @Test
  void history_showsDockerHistoryColumns() throws IOException {
    Run r = run("history", dockerfile("FROM busybox\nENV A=1\nRUN echo hi > /f\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("IMAGE").contains("RUN /bin/sh -c echo hi > /f # buildkit", "3B", "ENV A=1");
  }

  @Test
  void historyNotHuman_printsBytes() throws IOException {
    Run r = run("history", "--human=false", "--no-trunc", dockerfile("FROM busybox\nRUN echo hi > /f\n").toString());
    assertThat(r.out()).contains("CREATED AT").contains("1982485");
  }

  @Test
  void inspect_printsConfigAndLayerDigests() throws IOException {
    Run r = run("inspect", dockerfile("FROM busybox\nENV A=1\nCMD [\"sh\"]\n").toString());
    JsonNode j = new ObjectMapper().readTree(r.out()).get(0);
    assertThat(j.get("Config").get("Env").toString()).contains("A=1");
    assertThat(j.get("RootFS").get("Layers")).hasSize(1);
  }

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

  @Test
  void timeline_drawsTheStagesInParallel_andTheTotal() throws IOException {
    Run r = run("timeline", dockerfile(THREE_STAGES).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("BuildKit: 4 stages").contains("total 2m00.").contains("critical path: a 1–2/2");
    assertThat(r.out().lines()).allMatch(l -> l.length() <= 80);
  }

  @Test
  void timelineCompare_showsBothBuilders_andTheTimeSaved() throws IOException {
    Run r = run("timeline", "--compare", "--ascii", dockerfile(THREE_STAGES).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("BuildKit: 4 stages", "legacy builder: 4 stages", "BuildKit saves 4m0", "3.0x as fast");
  }

  @Test
  void timeline_maxParallelismAndSim_changeTheClock() throws IOException {
    String ctx = dockerfile(THREE_STAGES).toString();
    assertThat(run("timeline", "--max-parallelism", "1", ctx).out()).contains("total 6m0");
    assertThat(run("timeline", "--sim", "sleep=10s", ctx).out()).contains("total 10.");
    Run bad = run("timeline", "--sim", "sleep", ctx);
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("invalid --sim \"sleep\"");
  }

  @Test
  void timeline_ofAStageTheTargetDoesNotNeed_showsItOnlyForLegacy() throws IOException {
    String ctx = dockerfile("FROM alpine:3.19 AS unused\nRUN sleep 100\nFROM alpine:3.19 AS app\nRUN sleep 10\n").toString();
    assertThat(run("timeline", "--target", "app", ctx).out()).doesNotContain("unused").contains("BuildKit: 1 stage,");
    assertThat(run("timeline", "--target", "app", "--builder", "legacy", ctx).out()).contains("[unused 2/4]");
  }

  @Test
  void buildJson_startsComeFromTheTimeline() throws IOException {
    Run r = run("build", "--format", "json", dockerfile(THREE_STAGES).toString());
    JsonNode steps = new ObjectMapper().readTree(r.out()).get("steps");
    assertThat(steps.get(1).get("start").asDouble()).isEqualTo(steps.get(2).get("start").asDouble());
  }
}
