package dev.layerlab.build;

import static dev.layerlab.build.ToolModelsTest.build;
import static dev.layerlab.build.ToolModelsTest.has;
import static dev.layerlab.build.ToolModelsTest.output;
import static dev.layerlab.build.ToolModelsTest.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.Linkage;
import dev.layerlab.image.Layer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** go, pip, mvn, cargo, gcc/make, curl, the account tools and git on the catalogue's images. */
class BuildToolsTest {
  static final Map<String, String> GO = Map.of("go.mod", "module example.com/hello\n\ngo 1.22\n",
      "main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() { fmt.Println(http.StatusOK) }\n");

  static Optional<Linkage> linkage(Layer l, String path) {
    return l.diff().entries().stream().filter(e -> e.path().equals(path)).findFirst()
        .flatMap(DiffEntry::content).flatMap(Linkage::of);
  }

  @Test
  void goBuild_isStaticOnlyWithoutCgo() {
    Layer dynamic = top(build("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n", GO));
    Layer stat = top(build("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n", GO));
    Layer alpine = top(build("FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n", GO));
    assertThat(linkage(dynamic, "out/app")).contains(Linkage.DYNAMIC_GLIBC);
    assertThat(linkage(stat, "out/app")).contains(Linkage.STATIC);
    assertThat(linkage(alpine, "out/app")).as("no gcc in golang:alpine: cgo is off").contains(Linkage.STATIC);
  }

  @Test
  void goBuild_withoutGoMod_fails() {
    BuildResult r = build("FROM golang:1.22-alpine\nWORKDIR /src\nRUN go build .\n", Map.of());
    assertThat(output(r)).contains("go: go.mod file not found in current directory or any parent directory");
  }

  @Test
  void pip_cacheUnlessNoCacheDir_andMissingRequirements() {
    Map<String, String> req = Map.of("requirements.txt", "requests==2.31.0\n");
    Layer cached = top(build("FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n", req));
    Layer clean = top(build("FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n", req));
    assertThat(has(cached, "root/.cache/pip")).isTrue();
    assertThat(has(clean, "root/.cache/pip")).isFalse();
    assertThat(has(clean, "usr/local/lib/python3.12/site-packages/requests")).isTrue();
    BuildResult missing = build("FROM python:3.12-slim\nRUN pip install -r requirements.txt\n", Map.of());
    assertThat(output(missing)).contains("ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'");
  }

  @Test
  void mvn_withoutPom_andCargo_withoutManifest_fail() {
    assertThat(output(build("FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nRUN mvn package\n", Map.of())))
        .contains("there is no POM in this directory (/app)");
    assertThat(output(build("FROM rust:1.77\nWORKDIR /app\nRUN cargo build --release\n", Map.of())))
        .contains("error: could not find `Cargo.toml` in `/app` or any parent directory");
  }

  @Test
  void gccAndMake_buildFromAMakefile() {
    Map<String, String> files = Map.of("hello.c", "int main(void) { return 0; }\n",
        "Makefile", "CC = gcc\nCFLAGS = -O2\n\nhello: hello.o\n\t$(CC) -o $@ $^\n\nhello.o: hello.c\n\t$(CC) $(CFLAGS) -c $<\n");
    Layer l = top(build("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n", files));
    assertThat(has(l, "src/hello.o")).isTrue();
    assertThat(linkage(l, "src/hello")).contains(Linkage.DYNAMIC_GLIBC);
  }

  @Test
  void curlPipedIntoTar_unpacksTheKnownArchive() {
    Layer l = top(build("FROM buildpack-deps:bookworm-curl\nRUN curl -fsSL https://go.dev/dl/go1.22.1.linux-amd64.tar.gz "
        + "| tar -xz -C /usr/local\n", Map.of()));
    assertThat(has(l, "usr/local/go/bin/go")).isTrue();
    assertThat(l.size()).isGreaterThan(200_000_000L);
  }

  @Test
  void accounts_debianAndBusyboxFlavours() {
    Layer deb = top(build("FROM debian:bookworm-slim\nRUN groupadd -r app && useradd -r -g app -m -d /home/app app\n", Map.of()));
    assertThat(has(deb, "etc/passwd")).isTrue();
    assertThat(has(deb, "home/app")).isTrue();
    BuildResult bb = build("FROM alpine:3.19\nRUN addgroup -S app && adduser -S -D -G app app\nUSER app\nRUN id\n", Map.of());
    assertThat(bb.exitCode()).as(() -> bb.error() + " " + bb.steps().stream().map(x -> x.output().toString()).toList()).isZero();
    assertThat(output(bb)).contains("(app)");
    BuildResult twice = build("FROM debian:bookworm-slim\nRUN useradd app && useradd app\n", Map.of());
    assertThat(output(twice)).contains("useradd: user 'app' already exists");
  }

  @Test
  void gitClone_writesACheckoutWithHistory() {
    Layer l = top(build("FROM buildpack-deps:bookworm-scm\nWORKDIR /src\nRUN git clone --depth 1 https://github.com/example/tool.git\n", Map.of()));
    assertThat(has(l, "src/tool/.git/HEAD")).isTrue();
  }
}
