package dev.layerlab.build;

import static dev.layerlab.build.ToolModelsTest.build;
import static dev.layerlab.build.ToolModelsTest.has;
import static dev.layerlab.build.ToolModelsTest.output;
import static dev.layerlab.build.ToolModelsTest.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.image.Layer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** npm, npx and yarn on the node images: lock files, devDependencies, scripts, private packages. */
class NodeToolsTest {
  static final String PKG = "{\"name\":\"app\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"tsc\"},"
      + "\"dependencies\":{\"express\":\"^4.18.2\"},\"devDependencies\":{\"typescript\":\"^5.3.3\"}}";
  static final String LOCK = "{\"lockfileVersion\":3,\"packages\":{\"\":{},"
      + "\"node_modules/express\":{\"version\":\"4.18.2\"},\"node_modules/typescript\":{\"version\":\"5.3.3\",\"dev\":true}}}";

  @Test
  void npmCi_withoutLockFile_failsAsNpmDoes() {
    BuildResult r = build("FROM node:20-slim\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\n", Map.of("package.json", PKG));
    assertThat(output(r)).contains("npm ERR! The `npm ci` command can only install with an existing package-lock.json or");
    assertThat(r.exitCode()).isNotZero();
  }

  @Test
  void npmCi_omitDev_leavesDevDependenciesOut() {
    Map<String, String> files = Map.of("package.json", PKG, "package-lock.json", LOCK);
    Layer all = top(build("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", files));
    Layer prod = top(build("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n", files));
    Layer env = top(build("FROM node:20-slim\nENV NODE_ENV=production\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", files));
    assertThat(has(all, "app/node_modules/typescript")).isTrue();
    assertThat(has(prod, "app/node_modules/typescript")).isFalse();
    assertThat(has(env, "app/node_modules/typescript")).isFalse();
    assertThat(has(prod, "app/node_modules/express/package.json")).isTrue();
    assertThat(has(prod, "root/.npm/_cacache")).isTrue();
    assertThat(all.size()).isGreaterThan(prod.size() + 25_000_000L);
  }

  @Test
  void npmRunBuild_withoutTheTool_isNotFound_likeDash() {
    Map<String, String> files = Map.of("package.json", PKG, "package-lock.json", LOCK, "src/index.ts", "export const x = 1;\n");
    BuildResult r = build("FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev && npm run build\n", files);
    assertThat(output(r)).contains("sh: 1: tsc: not found");
    assertThat(r.error().orElseThrow().message()).contains("exit code: 127");
    BuildResult ok = build("FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n", files);
    assertThat(ok.exitCode()).isZero();
    assertThat(has(top(ok), "app/src/index.js")).isTrue();
  }

  @Test
  void privatePackage_needsATokenFromASecretMount() {
    String pkg = "{\"name\":\"app\",\"dependencies\":{\"@acme/ui\":\"^2.3.0\"}}";
    String lock = "{\"lockfileVersion\":3,\"packages\":{\"\":{},\"node_modules/@acme/ui\":{\"version\":\"2.3.0\"}}}";
    Map<String, String> files = Map.of("package.json", pkg, "package-lock.json", lock);
    BuildResult denied = build("FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", files);
    assertThat(output(denied)).contains("npm ERR! code E401");
    BuildResult ok = build("FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n"
        + "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n", files,
        Map.of("npmrc", "//registry.npmjs.org/:_authToken=s3cr3t\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(ok.exitCode()).isZero();
    assertThat(has(top(ok), "app/node_modules/@acme/ui")).isTrue();
    assertThat(has(top(ok), "root/.npmrc")).as("a secret mount leaves no trace").isFalse();
  }

  @Test
  void npmPrune_andYarnProduction() {
    Map<String, String> files = Map.of("package.json", PKG, "package-lock.json", LOCK, "yarn.lock", "# yarn lockfile v1\n");
    Layer pruned = top(build("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm prune --omit=dev\n", files));
    assertThat(has(pruned, "app/node_modules/typescript")).isFalse();
    Layer yarn = top(build("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN yarn install --frozen-lockfile --production\n", files));
    assertThat(has(yarn, "app/node_modules/express")).isTrue();
    assertThat(has(yarn, "usr/local/share/.cache/yarn/v6")).isTrue();
  }

  @Test
  void npmStep_chargesItsCost() {
    Map<String, String> files = Map.of("package.json", PKG, "package-lock.json", LOCK);
    BuildResult r = build("FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", files);
    assertThat(r.steps().get(r.steps().size() - 1).duration()).isGreaterThan(4.0);
  }
}
