package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Impact;
import dev.layerlab.analysis.advice.Measurement;
import dev.layerlab.analysis.secrets.Leak;
import dev.layerlab.analysis.secrets.Location;
import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SecretsUsedInArgOrEnv's fix: an ARG read by RUNs becomes a secret mounted as the same variable. */
class SecretMountFixTest {
  static final String TOKEN = SecretScanTest.TOKEN;
  static final BuildContext EMPTY = BuildContext.inMemory(Map.of());

  static Advice advice(String dockerfile, Map<String, String> args) {
    BuildRequest req = Builds.request(dockerfile, EMPTY, args, Map.of());
    BuildResult built = Builds.build(req);
    assertThat(built.error()).isEmpty();
    return Advisor.advise(dockerfile, req, built).stream()
        .filter(a -> a.finding().rule().equals("SecretsUsedInArgOrEnv")).findFirst().orElseThrow();
  }

  @Test
  void tokenPassedAsArg_isInHistory_andTheSameTokenAsTheFixesSecret_isNowhere() {
    String df = "FROM alpine:3.19\nARG NPM_TOKEN\nRUN test -n \"$NPM_TOKEN\" && echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > /dev/null\n"
        + "RUN echo done\n";
    BuildRequest asArg = Builds.request(df, EMPTY, Map.of("NPM_TOKEN", TOKEN), Map.of());
    Leak before = leak(SecretScan.scan(asArg, Builds.build(asArg)), "NPM_TOKEN");
    assertThat(before.source()).isEqualTo(Leak.Source.BUILD_ARG);
    assertThat(before.found()).extracting(Location::kind).contains(Location.Kind.HISTORY);

    Advice a = advice(df, Map.of("NPM_TOKEN", TOKEN));
    String fixed = a.fixedText().orElseThrow();
    assertThat(fixed).doesNotContain("ARG NPM_TOKEN")
        .contains("RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN test -n \"$NPM_TOKEN\"")
        .contains("RUN echo done");
    Measurement m = a.measured().orElseThrow();
    assertThat(a.finding().impact()).isEqualTo(Impact.SECRETS);
    assertThat(m.fixedError()).as("the RUN still sees the value (test -n passes)").isEmpty();
    assertThat(m.exposedBefore()).isEqualTo(before.found().size()).isPositive();
    assertThat(m.exposedAfter()).isZero();

    BuildRequest asSecret = Builds.request(fixed, EMPTY, Map.of(), Map.of("NPM_TOKEN", TOKEN.getBytes(StandardCharsets.UTF_8)));
    BuildResult rebuilt = Builds.build(asSecret);
    assertThat(rebuilt.error()).as("test -n \"$NPM_TOKEN\" sees the secret").isEmpty();
    SecretReport after = SecretScan.scan(asSecret, rebuilt);
    Leak secret = leak(after, "NPM_TOKEN");
    assertThat(secret.source()).isEqualTo(Leak.Source.SECRET);
    assertThat(secret.found()).isEmpty();
    assertThat(after.anyLeak()).isFalse();
  }

  @Test
  void argWithADefault_isMeasuredWithTheDefaultAsTheSecret() {
    Advice a = advice("FROM alpine:3.19\nARG API_KEY=" + TOKEN + "\nRUN test -n \"$API_KEY\"\n", Map.of());
    Measurement m = a.measured().orElseThrow();
    assertThat(m.fixedError()).isEmpty();
    assertThat(m.exposedBefore()).isPositive();
    assertThat(m.exposedAfter()).isZero();
  }

  @Test
  void noFix_whenSomethingButARunReadsTheArg_orNothingReadsIt_orItIsAnEnv() {
    assertThat(advice("FROM alpine:3.19\nARG NPM_TOKEN\nENV NPM_TOKEN=$NPM_TOKEN\nRUN echo ok\n", Map.of()).finding().fix())
        .isEmpty();
    assertThat(advice("FROM alpine:3.19\nARG NPM_TOKEN\nRUN [\"sh\", \"-c\", \"echo $NPM_TOKEN\"]\n", Map.of()).finding().fix())
        .isEmpty();
    assertThat(advice("FROM alpine:3.19\nARG NPM_TOKEN\nRUN echo ok\n", Map.of()).finding().fix()).isEmpty();
    assertThat(advice("FROM alpine:3.19\nARG NPM_TOKEN OTHER\nRUN echo $NPM_TOKEN\n", Map.of()).finding().fix()).isEmpty();
    Advice env = advice("FROM alpine:3.19\nENV API_KEY=s3cr3tvalue\nRUN echo $API_KEY\n", Map.of());
    assertThat(env.finding().fix()).isEqualTo(Optional.empty());
    assertThat(env.finding().impact()).isEqualTo(Impact.NONE);
  }

  @Test
  void onlyTheRunsThatReadTheArg_getTheMount() {
    Advice a = advice("FROM alpine:3.19\nARG GITHUB_TOKEN\nRUN echo one\nRUN echo ${GITHUB_TOKEN} > /dev/null\n", Map.of("GITHUB_TOKEN", "abcdef123"));
    assertThat(a.fixedText().orElseThrow()).isEqualTo("FROM alpine:3.19\nRUN echo one\n"
        + "RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN echo ${GITHUB_TOKEN} > /dev/null\n");
  }

  static Leak leak(SecretReport r, String name) {
    List<Leak> l = r.leaks().stream().filter(x -> x.name().equals(name)).toList();
    assertThat(l).hasSize(1);
    return l.get(0);
  }
}
