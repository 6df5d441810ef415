package dev.layerlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is inside the catalogued images: the files lessons and tool models rely on. */
class ImageContentTest {

  private static BaseImage image(String ref) {
    return ImageCatalogue.standard().exact(ref).orElseThrow();
  }

  private static MergedView view(String ref) {
    return new MergedView(image(ref));
  }

  @Test
  void scratch_isEmpty() {
    BaseImage scratch = image("scratch");
    assertThat(scratch.layers()).isEmpty();
    assertThat(scratch.history()).isEmpty();
    assertThat(scratch.config()).isEqualTo(ImageConfig.EMPTY);
    assertThat(scratch.size()).isZero();
  }

  @Test
  void busyboxGlibc_hasTheBinaryAndItsAppletsAsSymlinks() {
    BaseImage busybox = image("busybox:1.36");
    assertThat(busybox.entry("bin/busybox")).hasValueSatisfying(e -> {
      assertThat(e.type()).isEqualTo(TreeEntry.Type.FILE);
      assertThat(e.mode()).isEqualTo(0755);
    });
    for (String applet : List.of("sh", "ls", "rm", "mkdir", "echo", "cat", "touch", "cp", "dd", "mv", "ln",
        "chmod", "chown", "env", "sleep", "find", "wc", "stat", "du", "head", "tail", "grep", "sed",
        "printf", "test", "id", "tar", "truncate", "true", "false", "pwd", "whoami")) {
      assertThat(busybox.entry("bin/" + applet)).as(applet).hasValueSatisfying(e -> {
        assertThat(e.type()).isEqualTo(TreeEntry.Type.SYMLINK);
        assertThat(e.link()).contains("busybox");
      });
    }
    assertThat(busybox.config().cmd()).containsExactly("sh");
  }

  @Test
  void busyboxGlibc_hasDockerHubsSkeleton() {
    BaseImage busybox = image("busybox:1.36");
    String passwd = busybox.entry("etc/passwd").flatMap(TreeEntry::text).orElseThrow();
    for (String user : List.of("root", "daemon", "bin", "sys", "sync", "mail", "www-data", "operator",
        "nobody")) {
      assertThat("\n" + passwd).as(user).contains("\n" + user + ":x:");
    }
    assertThat(busybox.entry("etc/group")).isPresent();
    assertThat(busybox.entry("tmp").orElseThrow().mode()).isEqualTo(01777);
    assertThat(busybox.entry("root").orElseThrow().mode()).isEqualTo(0700);
    for (String dir : List.of("dev", "proc", "sys", "home", "usr/sbin", "var")) {
      assertThat(busybox.entry(dir).orElseThrow().type()).as(dir).isEqualTo(TreeEntry.Type.DIR);
    }
    for (String file : List.of("etc/hosts", "etc/hostname", "etc/resolv.conf")) {
      assertThat(busybox.entry(file).orElseThrow().size()).as(file).isZero();
    }
    assertThat(busybox.size()).isBetween(4_250_000L, 4_450_000L);
  }

  @Test
  void debian_hasAptAndDockerClean_andShIsDash() {
    MergedView debian = view("debian:bookworm");
    assertThat(debian.onPath("apt-get")).isTrue();
    assertThat(debian.onPath("dpkg")).isTrue();
    assertThat(debian.onPath("bash")).isTrue();
    assertThat(debian.resolve("/etc/apt/apt.conf.d/docker-clean").flatMap(TreeEntry::text))
        .hasValueSatisfying(t -> assertThat(t).contains("/var/cache/apt/archives/*.deb"));
    assertThat(image("debian:bookworm").entry("bin").flatMap(TreeEntry::link)).contains("usr/bin");
    assertThat(image("debian:bookworm").entry("usr/bin/sh").flatMap(TreeEntry::link)).contains("dash");
    assertThat(debian.resolve("/bin/sh")).hasValueSatisfying(e -> assertThat(e.path()).isEqualTo("usr/bin/dash"));
    assertThat(debian.resolve("/etc/os-release").flatMap(TreeEntry::text))
        .hasValueSatisfying(t -> assertThat(t).contains("VERSION_CODENAME=bookworm"));
    assertThat(image("debian:bookworm").history().get(0).comment()).isEqualTo("debuerreotype 0.15");
  }

  @Test
  void alpine_hasApkAndNoAptGet() {
    MergedView alpine = view("alpine:3.19");
    assertThat(alpine.onPath("apk")).isTrue();
    assertThat(alpine.onPath("sh")).isTrue();
    assertThat(alpine.onPath("apt-get")).isFalse();
    assertThat(alpine.resolve("/etc/os-release").flatMap(TreeEntry::text))
        .hasValueSatisfying(t -> assertThat(t).contains("VERSION_ID=3.19.1"));
    assertThat(image("alpine:3.19").history().get(0).createdBy())
        .isEqualTo("ADD alpine-minirootfs-3.19.1-x86_64.tar.gz / # buildkit");
  }

  @Test
  void distrolessStatic_hasNoShell_butHasNonroot() {
    BaseImage distroless = image("gcr.io/distroless/static-debian12");
    MergedView view = new MergedView(distroless);
    assertThat(view.resolve("/bin/sh")).isEmpty();
    assertThat(view.onPath("sh")).isFalse();
    assertThat(distroless.entry("etc/passwd").flatMap(TreeEntry::text))
        .hasValueSatisfying(t -> assertThat(t).contains("nonroot:x:65532:65532"));
    assertThat(image("gcr.io/distroless/static-debian12:nonroot").config().user()).isEqualTo("65532");
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "node:20, node npm npx yarn corepack git gcc g++ make curl wget bash",
    "node:20-slim, node npm npx yarn bash apt-get",
    "node:20-alpine, node npm npx yarn sh apk",
    "golang:1.22, go gofmt gcc git curl",
    "golang:1.22-alpine, go gofmt sh apk",
    "python:3.12, python3 python pip pip3 gcc make git",
    "python:3.12-slim, python3 python pip apt-get",
    "python:3.12-alpine, python3 pip apk",
    "eclipse-temurin:21-jdk, java javac jar jshell curl apt-get",
    "eclipse-temurin:21-jre, java keytool",
    "maven:3.9-eclipse-temurin-21, mvn java javac git",
    "nginx:alpine, nginx curl sh",
    "rust:1.77, rustc cargo rustup gcc",
    "rust:1.77-slim, rustc cargo gcc",
    "ubuntu:24.04, bash apt-get dpkg",
  })
  void programsOnPath(String ref, String programs) {
    MergedView view = view(ref);
    for (String program : programs.split(" ")) {
      assertThat(view.onPath(program)).as("%s in %s", program, ref).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} lacks {1}")
  @CsvSource({
    "eclipse-temurin:21-jre, javac",
    "node:20-slim, gcc",
    "golang:1.22-alpine, gcc",
    "python:3.12-slim, gcc",
    "debian:bookworm-slim, git",
    "debian:bookworm, curl",
    "debian:bookworm, ps",
    "debian:bookworm, adduser",
    "alpine:3.19, bash",
  })
  void programsNotOnPath(String ref, String program) {
    assertThat(view(ref).onPath(program)).isFalse();
  }

  @Test
  void nodeImages_haveTheNodeUser() {
    for (String ref : List.of("node:20", "node:20-slim", "node:20-alpine")) {
      assertThat(new MergedView(image(ref)).resolve("/etc/passwd").flatMap(TreeEntry::text))
          .as(ref).hasValueSatisfying(t -> assertThat(t).contains("node:x:1000:1000"));
    }
  }

  @Test
  void nodeHistory_endsWithEntrypointAndCmd_asEmptyLayerRows() {
    List<HistoryRow> rows = image("node:20").history();
    HistoryRow last = rows.get(rows.size() - 1);
    assertThat(last.createdBy()).isEqualTo("CMD [\"node\"]");
    assertThat(last.emptyLayer()).isTrue();
    assertThat(last.comment()).isEqualTo(HistoryRow.BUILDKIT_COMMENT);
    assertThat(last.created()).isAfter(rows.get(0).created());
    assertThat(rows.get(rows.size() - 2).createdBy()).isEqualTo("ENTRYPOINT [\"docker-entrypoint.sh\"]");
    assertThat(rows.get(0).createdBy()).startsWith("RUN # debian.sh --arch 'amd64' out/ 'bookworm'");
    assertThat(image("node:20").config().env("NODE_VERSION")).contains("20.11.1");
  }

  @Test
  void configs_carryTheirRuntimeDefaults() {
    assertThat(image("golang:1.22").config().workingDir()).isEqualTo("/go");
    assertThat(image("eclipse-temurin:21-jre").config().env("JAVA_HOME")).contains("/opt/java/openjdk");
    assertThat(image("eclipse-temurin:21-jre").config().cmd()).isEmpty();
    assertThat(image("nginx:alpine").config().exposedPorts()).containsExactly("80/tcp");
    assertThat(image("nginx:alpine").config().stopSignal()).isEqualTo("SIGQUIT");
    assertThat(image("python:3.12-slim").config().env("PYTHON_VERSION")).contains("3.12.2");
    assertThat(image("debian:bookworm").config().effectiveShell()).containsExactly("/bin/sh", "-c");
  }

  @Test
  void pythonSymlinkLayer_is36Bytes_likeDockerHistoryShowsIt() {
    List<BaseLayer> layers = image("python:3.12-slim").layers();
    assertThat(layers.get(layers.size() - 1).size()).isEqualTo(36);
  }

  @Test
  void plainBusybox_isTheExactImageTheRealBuilderScenariosUse() {
    BaseImage sim = image("busybox");
    assertThat(image("localhost/busybox:sim")).isEqualTo(sim);
    assertThat(sim.entry("etc/passwd").flatMap(TreeEntry::text)).contains("root:x:0:0:root:/root:/bin/sh\n");
    assertThat(sim.entry("etc/group").flatMap(TreeEntry::text)).contains("root:x:0:\n");
    assertThat(sim.size()).isEqualTo(1_982_485L);
    assertThat(sim.layers().get(0).entries().stream()
        .filter(e -> e.type() == TreeEntry.Type.SYMLINK).mapToLong(TreeEntry::size).sum())
        .isEqualTo(189);
    assertThat(sim.config().env()).containsExactly("PATH=/bin");
    assertThat(sim.config().cmd()).containsExactly("/bin/sh");
    assertThat(sim.history()).containsExactly(new HistoryRow("", false, "Imported from -", 1_982_485L));
    assertThat(new MergedView(sim).onPath("dd")).isTrue();
  }

  @Test
  void everyDistroImage_hasUsersGroupsOsReleaseAndAStickyTmp() {
    for (BaseImage image : ImageCatalogue.standard().images()) {
      if (image.isEmpty()) {
        continue;
      }
      MergedView view = new MergedView(image);
      assertThat(view.resolve("/etc/passwd").flatMap(TreeEntry::text)).as(image.name())
          .hasValueSatisfying(t -> assertThat(t).startsWith("root:x:0:0:"));
      assertThat(view.resolve("/etc/group").flatMap(TreeEntry::text)).as(image.name())
          .hasValueSatisfying(t -> assertThat(t).startsWith("root:x:0:"));
      assertThat(view.resolve("/tmp").map(TreeEntry::mode)).as(image.name()).contains(01777);
      if (!image.family().contains("busybox")) {
        assertThat(view.resolve("/etc/os-release").flatMap(TreeEntry::text)).as(image.name())
            .hasValueSatisfying(t -> assertThat(t).contains("ID="));
      }
    }
  }
}
