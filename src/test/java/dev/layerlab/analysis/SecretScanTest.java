package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.secrets.Leak;
import dev.layerlab.analysis.secrets.Location;
import dev.layerlab.analysis.secrets.NameWarning;
import dev.layerlab.analysis.secrets.SecretNames;
import dev.layerlab.analysis.secrets.SecretReport;
import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.context.BuildContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretScanTest {
  static final String TOKEN = "npm_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

  @Test
  void tokenPassedAsArg_isFoundInHistory() {
    BuildRequest req = Builds.request("FROM alpine:3.19\nARG NPM_TOKEN\nRUN echo building\n",
        BuildContext.inMemory(Map.of()), Map.of("NPM_TOKEN", TOKEN), Map.of());
    SecretReport r = SecretScan.scan(req, Builds.build(req));
    Leak leak = r.leaks().stream().filter(l -> l.name().equals("NPM_TOKEN")).findFirst().orElseThrow();
    assertThat(leak.source()).isEqualTo(Leak.Source.BUILD_ARG);
    assertThat(leak.found()).extracting(Location::kind).contains(Location.Kind.HISTORY);
    assertThat(leak.found().get(0).where()).startsWith("history row").doesNotContain(TOKEN);
    assertThat(r.names()).extracting(NameWarning::message)
        .containsExactly("SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG \"NPM_TOKEN\") (line 2)");
  }

  @Test
  void sameTokenPassedAsSecret_isFoundNowhere() {
    BuildRequest req = Builds.request(
        "FROM alpine:3.19\nRUN --mount=type=secret,id=npm cat /run/secrets/npm > /dev/null && echo ok\n",
        BuildContext.inMemory(Map.of()), Map.of(), Map.of("npm", TOKEN.getBytes(StandardCharsets.UTF_8)));
    SecretReport r = SecretScan.scan(req, Builds.build(req));
    assertThat(r.leaks()).hasSize(1);
    assertThat(r.leaks().get(0).source()).isEqualTo(Leak.Source.SECRET);
    assertThat(r.leaks().get(0).found()).isEmpty();
    assertThat(r.anyLeak()).isFalse();
  }

  @Test
  void secretCopiedIntoALayer_isFoundInThatLayersFile_evenWhenDeletedLater() {
    BuildRequest req = Builds.request("FROM alpine:3.19\nCOPY .env /app/.env\nRUN rm /app/.env\n",
        BuildContext.inMemory(Map.of(".env", "GITHUB=ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789\n")), Map.of(),
        Map.of());
    SecretReport r = SecretScan.scan(req, Builds.build(req));
    Leak token = r.leaks().stream().filter(l -> l.source() == Leak.Source.TOKEN).findFirst().orElseThrow();
    assertThat(token.name()).isEqualTo("GitHub token");
    assertThat(token.found()).extracting(Location::where).containsExactly("layer 1 (COPY .env /app/.env # buildkit): /app/.env");
  }

  @Test
  void envWithSecretName_isInConfigAndHistory() {
    BuildRequest req = Builds.request("FROM alpine:3.19\nENV API_KEY=s3cr3tvalue\nENV AUTH_FILE=/run/x\n", Map.of());
    SecretReport r = SecretScan.scan(req, Builds.build(req));
    assertThat(r.leaks()).extracting(Leak::name).containsExactly("API_KEY");
    assertThat(r.leaks().get(0).found()).extracting(Location::kind)
        .containsExactly(Location.Kind.HISTORY, Location.Kind.CONFIG);
  }

  @Test
  void names_followBuildKitsRule() {
    assertThat(SecretNames.looksSecret("GITHUB_TOKEN")).isTrue();
    assertThat(SecretNames.looksSecret("apikey")).isTrue();
    assertThat(SecretNames.looksSecret("DB_PASSWORD")).isTrue();
    assertThat(SecretNames.looksSecret("MONKEY")).isFalse();
    assertThat(SecretNames.looksSecret("AUTH_FILE")).isFalse();
    assertThat(SecretNames.looksSecret("PUBLIC_KEY")).isFalse();
    assertThat(SecretNames.looksSecret("GPG_KEY_VERSION")).isFalse();
  }
}
