package dev.layerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** efficiency, advise, secrets and run as a user runs them: exit statuses, --help, bad input, --format json, --ci. */
class AnalysisCommandsTest {
  static final String WASTEFUL = "FROM busybox\nRUN dd if=/dev/zero of=/big.bin bs=1M count=100\nRUN rm /big.bin\n";
  static final String TIDY = "FROM busybox\nCOPY --chmod=755 app.sh /app.sh\nCMD [\"/app.sh\"]\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static CommandLineTest.Run run(String... args) {
    CommandLineTest.Run r = CommandLineTest.run(args);
    assertThat(r.out() + r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    return r;
  }

  private String context(String dockerfile) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    Files.writeString(dir.resolve("app.sh"), "#!/bin/sh\necho app\n");
    return dir.toString();
  }

  private static JsonNode json(CommandLineTest.Run r) throws IOException {
    return JSON.readTree(r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void help_describesTheCommandAndItsFormat_exit0(String command) {
    CommandLineTest.Run r = run(command, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: layerlab " + command, "--format=text|json", "CONTEXT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void missingDockerfile_isAClearError_exit1(String command) {
    CommandLineTest.Run r = run(command, dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("failed to read dockerfile: open " + dir.resolve("Dockerfile"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void brokenDockerfile_givesBuildKitsMessageWithTheLine_exit1(String command) throws IOException {
    CommandLineTest.Run r = run(command, context("FROM busybox\nWORKDIR /app\nRUNN echo hi\n"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(" 3 | >>> RUNN echo hi")
        .contains("ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void brokenDockerfile_asJson_isAnErrorObjectWithTheLine_exit1(String command) throws IOException {
    CommandLineTest.Run r = run(command, "--format", "json", context("FROM busybox\nWORKDIR /app\nRUNN echo hi\n"));
    assertThat(r.status()).isEqualTo(1);
    JsonNode error = json(r).get("error");
    assertThat(error.get("message").asText()).isEqualTo("dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)");
    assertThat(error.get("line").asInt()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void failingBuild_printsBuildKitsErrorWithTheLine_exit1(String command) throws IOException {
    CommandLineTest.Run r = run(command, context("FROM busybox\nRUN ls /missing\n"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("ERROR: failed to solve: process \"/bin/sh -c ls /missing\" did not complete successfully: exit code: 1")
        .contains("Dockerfile:2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"efficiency", "advise", "secrets", "run"})
  void unknownFormat_isBadUsage_exit2(String command) {
    CommandLineTest.Run r = run(command, "--format", "yaml", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Invalid value for option '--format'");
  }

  @Test
  void efficiency_withoutCi_reportsAndExits0() throws IOException {
    assumeFalse(List.of("true", "1", "yes").contains(String.valueOf(System.getenv("CI"))), "CI=true turns --ci on");
    CommandLineTest.Run r = run("efficiency", context(WASTEFUL));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("wastedBytes:       104857600 bytes (105 MB)", "2      105 MB        /big.bin")
        .doesNotContain("Evaluation:");
  }

  @Test
  void efficiency_json_hasDivesFiguresAndTheCorrectedOnes() throws IOException {
    CommandLineTest.Run r = run("efficiency", "--format", "json", "--ci", context(WASTEFUL.replace("rm /big.bin", "chmod +x /big.bin")));
    JsonNode o = json(r);
    assertThat(o.get("wastedBytes").asLong()).isEqualTo(209715200L);
    assertThat(o.get("userWastedPercent").asDouble()).isEqualTo(1.0);
    assertThat(o.at("/inefficientFiles/0/path").asText()).isEqualTo("/big.bin");
    assertThat(o.at("/inefficientFiles/0/count").asInt()).isEqualTo(2);
    assertThat(o.at("/corrected/wastedBytes").asLong()).isEqualTo(104857600L);
    assertThat(o.at("/ci/pass").asBoolean()).isFalse();
    assertThat(o.at("/ci/rules/2/rule").asText()).isEqualTo("lowestEfficiency");
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void efficiencyCi_failingRules_exit1_asDiveDoes() throws IOException {
    CommandLineTest.Run r = run("efficiency", "--ci", context(WASTEFUL));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("  FAIL  lowestEfficiency (image efficiency is too low (efficiency=0.02 < threshold=0.9))")
        .contains("  SKIP  highestWastedBytes (disabled)").endsWith("\nFAIL [fail:2 skip:1]\n");
  }

  @Test
  void efficiencyCi_passingImage_exit0() throws IOException {
    CommandLineTest.Run r = run("efficiency", "--ci", context(TIDY));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("  PASS  lowestEfficiency (0.9)").endsWith("\nPASS [pass:2 skip:1]\n");
  }

  @Test
  void efficiencyCi_readsDiveCiFromTheContext() throws IOException {
    String ctx = context(WASTEFUL);
    Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: 0.01\n  highestUserWastedPercent: disabled\n");
    CommandLineTest.Run r = run("efficiency", "--ci", ctx);
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("  PASS  lowestEfficiency (0.01)", "  SKIP  highestUserWastedPercent (disabled)");
  }

  @Test
  void efficiencyCi_flagsOverrideTheFile() throws IOException {
    String ctx = context(WASTEFUL);
    Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: 0.01\n  highestUserWastedPercent: off\n");
    CommandLineTest.Run r = run("efficiency", "--ci", "--lowestEfficiency", "0.5", ctx);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  lowestEfficiency (image efficiency is too low (efficiency=0.02 < threshold=0.5))");
  }

  @Test
  void efficiency_ciConfigFile_impliesCi_andKeepsValuesAsWritten() throws IOException {
    String ctx = context(WASTEFUL);
    Path config = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-dive.yaml"),
        "rules:\n  lowest-efficiency: 0.010\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: 0.20\n");
    CommandLineTest.Run r = run("efficiency", "--ci-config", config.toString(), ctx);
    Files.delete(config);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("  PASS  lowestEfficiency (0.010)")
        .contains("  FAIL  highestWastedBytes (too many bytes wasted (wasted-bytes=104857600 > threshold=20000000))")
        .contains("(%-user-wasted-bytes=1.00 > threshold=0.2))");
  }

  @Test
  void efficiencyCi_badValue_isDivesMessage_exit1() throws IOException {
    String ctx = context(WASTEFUL);
    Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: 1.5\n");
    CommandLineTest.Run r = run("efficiency", "--ci", ctx);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("ERROR: invalid CI config " + dir.resolve(".dive-ci") + " line 2: "
        + "lowestEfficiency config value is outside allowed range (0-1), given '1.500000'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void efficiencyCi_brokenYaml_isAClearMessage_exit1() throws IOException {
    String ctx = context(WASTEFUL);
    Files.writeString(dir.resolve(".dive-ci"), "rules:\n  lowestEfficiency: [0.9\n");
    CommandLineTest.Run r = run("efficiency", "--ci", ctx);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("ERROR: failed to parse CI config file " + dir.resolve(".dive-ci") + " line ");
  }

  @Test
  void efficiencyCi_badBytesFlag_exit1() throws IOException {
    CommandLineTest.Run r = run("efficiency", "--ci", "--highest-wasted-bytes", "20XB", context(WASTEFUL));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("ERROR: invalid highestWastedBytes config value, given \"20XB\": unhandled size name: xb");
  }

  @Test
  void efficiency_missingCiConfigFile_exit1() throws IOException {
    CommandLineTest.Run r = run("efficiency", "--ci-config", dir.resolve("nope.yaml").toString(), context(WASTEFUL));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("ERROR: failed to read CI config file " + dir.resolve("nope.yaml") + ": no such file");
  }

  @Test
  void advise_listsFindingsWithTheirFix_exit0() throws IOException {
    CommandLineTest.Run r = run("advise", context(WASTEFUL));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Dockerfile:3  DL3059 (info)", "      + RUN dd if=/dev/zero of=/big.bin bs=1M count=100 && rm /big.bin",
        "(saves 105MB)");
  }

  @Test
  void advise_json_hasFindingsWithMeasuredFixes() throws IOException {
    JsonNode f = json(run("advise", "--format", "json", context(WASTEFUL))).at("/findings/0");
    assertThat(f.get("rule").asText()).isEqualTo("DL3059");
    assertThat(f.get("line").asInt()).isEqualTo(3);
    assertThat(f.get("severity").asText()).isEqualTo("info");
    assertThat(f.at("/fix/before").asText()).isEqualTo("RUN dd if=/dev/zero of=/big.bin bs=1M count=100\nRUN rm /big.bin");
    assertThat(f.at("/fix/after").asText()).isEqualTo("RUN dd if=/dev/zero of=/big.bin bs=1M count=100 && rm /big.bin");
    assertThat(f.at("/fix/saving").asLong()).isEqualTo(104857600L);
  }

  @Test
  void adviseFix_printsTheFixedDockerfile_andWriteWritesIt() throws IOException {
    String ctx = context(WASTEFUL);
    CommandLineTest.Run r = run("advise", "--fix", ctx);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("FROM busybox\nRUN dd if=/dev/zero of=/big.bin bs=1M count=100 && rm /big.bin\n");
    assertThat(r.err()).startsWith("# overall: ").contains("image 107MB → 1.98MB (saves 105MB)");
    Path fixed = dir.resolve("Dockerfile.fixed");
    assertThat(run("advise", "--write", fixed.toString(), ctx).status()).isZero();
    assertThat(fixed).hasContent("FROM busybox\nRUN dd if=/dev/zero of=/big.bin bs=1M count=100 && rm /big.bin\n");
  }

  @Test
  void adviseFix_json_carriesTheFixedText() throws IOException {
    JsonNode o = json(run("advise", "--fix", "--format", "json", context(WASTEFUL)));
    assertThat(o.get("fixed").asText()).isEqualTo("FROM busybox\nRUN dd if=/dev/zero of=/big.bin bs=1M count=100 && rm /big.bin\n");
    assertThat(o.at("/measured/sizeAfter").asLong()).isLessThan(o.at("/measured/sizeBefore").asLong());
  }

  @Test
  void adviseWrite_overTheDockerfile_isRefused_exit1() throws IOException {
    String ctx = context(WASTEFUL);
    CommandLineTest.Run r = run("advise", "--write", dir.resolve("Dockerfile").toString(), ctx);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("would overwrite the Dockerfile");
    assertThat(dir.resolve("Dockerfile")).hasContent(WASTEFUL);
  }

  @Test
  void secrets_leak_exit1_clean_exit0() throws IOException {
    String leaky = "FROM busybox\nENV API_KEY=s3cr3tvalue\n";
    CommandLineTest.Run r = run("secrets", context(leaky));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("- ENV API_KEY (s3cr*******): found in 2 place(s)", "    config Env");
    assertThat(run("secrets", context(TIDY)).status()).isZero();
  }

  @Test
  void secrets_json_listsLeaksWithWhereFound() throws IOException {
    CommandLineTest.Run r = run("secrets", "--format", "json", context("FROM busybox\nENV API_KEY=s3cr3tvalue\n"));
    JsonNode o = json(r);
    assertThat(o.get("leaked").asBoolean()).isTrue();
    assertThat(o.at("/leaks/0/name").asText()).isEqualTo("API_KEY");
    assertThat(o.at("/leaks/0/found/1/kind").asText()).isEqualTo("config");
    assertThat(r.out()).doesNotContain("s3cr3tvalue");
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void run_startingImage_exit0_failingOne_exit127() throws IOException {
    CommandLineTest.Run ok = run("run", context(TIDY));
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).endsWith("the container would start\n");
    CommandLineTest.Run bad = run("run", context("FROM busybox\nCMD [\"node\", \"server.js\"]\n"));
    assertThat(bad.status()).isEqualTo(127);
    assertThat(bad.out()).contains("exec: \"node\": executable file not found in $PATH");
  }

  @Test
  void run_exitsAsDockerRunWould_126ForAProgramThatCannotRun_theProcessStatusForAMissingScript() throws IOException {
    CommandLineTest.Run notExecutable = run("run", context("FROM busybox\nRUN echo 'echo hi' > /app.sh\n"
        + "CMD [\"/app.sh\"]\n"));
    assertThat(notExecutable.out()).contains("permission denied");
    assertThat(notExecutable.status()).isEqualTo(126);
    CommandLineTest.Run noScript = run("run", context("FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n"));
    assertThat(noScript.out()).contains("Cannot find module '/server.js'");
    assertThat(noScript.status()).isEqualTo(1);
    CommandLineTest.Run noCommand = run("run", context("FROM scratch\nCOPY Dockerfile /\n"));
    assertThat(noCommand.out()).contains("no command specified");
    assertThat(noCommand.status()).isEqualTo(125);
  }

  @Test
  void run_json_hasOkAndProblems() throws IOException {
    JsonNode o = json(run("run", "--format", "json", context("FROM busybox\nUSER app\n")));
    assertThat(o.get("ok").asBoolean()).isFalse();
    assertThat(o.at("/problems/0/subject").asText()).isEqualTo("user app");
    assertThat(o.get("error").asText()).isEqualTo("unable to find user app: no matching entries in passwd file");
    assertThat(json(run("run", "--format", "json", context(TIDY))).get("ok").asBoolean()).isTrue();
  }
}
