package dev.layerlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.analysis.advice.Advice;
import dev.layerlab.analysis.advice.Advisor;
import dev.layerlab.analysis.advice.Measurement;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.context.BuildContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule with a fix: it fires, its fix measures what it claims, and the measurement matches a rebuild of the fixed text. */
class AdvisorTest {
  static final String PY = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n";

  static Stream<Arguments> cases() {
    BuildContext node = Builds.app("node-express");
    BuildContext flask = Builds.app("python-flask");
    BuildContext go = Builds.app("go-api");
    return Stream.of(
        Arguments.of("DL3009", "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3015", "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3046", "FROM ubuntu:22.04\nRUN groupadd -g 123456789 app && useradd -u 123456789 -g app -m app\nUSER app\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3019", "FROM alpine:3.19\nRUN apk add curl\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3060", "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN yarn install --production\n", node, true),
        Arguments.of("DL3042", PY + "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n", flask, true),
        Arguments.of("DL3059", "FROM alpine:3.19\nRUN wget -q -O /big.bin https://example.com/big.bin\nRUN rm /big.bin\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3020", "FROM alpine:3.19\nADD a.txt /a.txt\n", BuildContext.inMemory(Map.of("a.txt", "hello\n")), false),
        Arguments.of("DL3010", "FROM alpine:3.19\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n", ArchiveExtractRuleTest.context(), true),
        Arguments.of("DL4001", WgetCurlRuleTest.APT + "RUN wget -q -O /tmp/a.bin https://example.com/a.bin && curl -fsSL -o /tmp/b.bin https://example.com/b.bin\n", BuildContext.inMemory(Map.of()), true),
        Arguments.of("DL3025", "FROM alpine:3.19\nCMD sleep 1000\n", BuildContext.inMemory(Map.of()), false),
        Arguments.of("LL1001", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"node\", \"src/server.js\"]\n", node, false),
        Arguments.of("LL1002", "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"src/server.js\"]\n", node, true),
        Arguments.of("LL1003", "FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server ./cmd/server\nENTRYPOINT [\"/out/server\"]\n", go, true),
        Arguments.of("LL1004", "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n", node, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_firesAndItsMeasuredFix_matchesARebuildOfTheFixedDockerfile(String rule, String dockerfile,
      BuildContext ctx, boolean shrinks) {
    BuildRequest req = Builds.request(dockerfile, ctx, Map.of(), Map.of());
    BuildResult built = Builds.build(req);
    assertThat(built.error()).as("the Dockerfile as written builds").isEmpty();
    List<Advice> advice = Advisor.advise(dockerfile, req, built);
    Advice a = advice.stream().filter(x -> x.finding().rule().equals(rule)).findFirst().orElseThrow(
        () -> new AssertionError(rule + " did not fire: " + advice));
    Measurement m = a.measured().orElseThrow();
    assertThat(m.fixedError()).as("the fixed Dockerfile builds").isEmpty();
    BuildResult rebuilt = Builds.build(Builds.request(a.fixedText().orElseThrow(), ctx, Map.of(), Map.of()));
    assertThat(rebuilt.image().orElseThrow().size()).isEqualTo(m.sizeAfter());
    assertThat(m.sizeBefore()).isEqualTo(built.image().orElseThrow().size());
    if (shrinks) {
      assertThat(m.sizeAfter()).isLessThan(m.sizeBefore());
    }
    if (rule.equals("LL1001")) {
      assertThat(m.rebuildAfter()).isLessThan(m.rebuildBefore());
    }
    if (rule.equals("DL3025")) {
      assertThat(m.commandAfter()).containsExactly("sleep", "1000");
    }
    BuildResult fixedBuilt = Builds.build(Builds.request(a.fixedText().get(), ctx, Map.of(), Map.of()));
    assertThat(Advisor.findings(a.fixedText().get(), Builds.request(a.fixedText().get(), ctx, Map.of(), Map.of()), fixedBuilt))
        .as("the fix resolves its finding").noneMatch(f -> f.rule().equals(rule) && f.line() == a.finding().line());
  }
}
