package dev.layerlab.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every size has a bound with a clear message: the Dockerfile (4 MiB), a heredoc (1 MiB), a path
 * (PATH_MAX, NAME_MAX, 256 directories deep), a command line (ARG_MAX); simulated sizes cost no memory.
 */
@Timeout(120)
class LimitsTest {
  @TempDir Path dir;

  private Cli.Run build(String dockerfile) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    return Cli.run("build", "--format", "json", dir.toString()).assertNoStackTrace();
  }

  private Cli.Run buildText(String dockerfile) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    return Cli.run("build", "--progress", "plain", dir.toString()).assertNoStackTrace();
  }

  private static JsonNode json(Cli.Run r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void aDockerfileOver4MiB_isRefusedBeforeItIsRead() throws IOException {
    String comments = ("# " + "x".repeat(1000) + "\n").repeat(4200);
    Cli.Run r = build("FROM busybox\n" + comments + "RUN true\n");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("ERROR: dockerfile greater than max allowed size of 4194304 bytes");
  }

  @Test
  void dockerfileParse_refusesTextOver4MiB() {
    String text = "FROM busybox\n" + ("# " + "x".repeat(1000) + "\n").repeat(4200);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.layerlab.dockerfile.Dockerfile.parse(text))
        .hasMessage("dockerfile greater than max allowed size of 4194304 bytes");
  }

  @Test
  void aHeredocOver1MiB_failsWithItsLines() throws IOException {
    Cli.Run r = build("FROM busybox\nRUN <<EOF\n" + ("echo " + "y".repeat(995) + "\n").repeat(1100) + "EOF\n");
    assertThat(r.status()).isEqualTo(1);
    JsonNode error = json(r).get("error");
    assertThat(error.get("message").asText()).isEqualTo("heredoc EOF greater than max allowed size of 1048576 bytes");
    assertThat(error.get("line").asInt()).isEqualTo(2);
  }

  @Test
  void aPathTooDeepOrTooLong_failsWithFileNameTooLong() throws IOException {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      deep.append("/d");
    }
    Cli.Run r = buildText("FROM busybox\nRUN mkdir -p " + deep + "\n");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.all()).contains("File name too long");
    Cli.Run name = buildText("FROM busybox\nRUN touch /" + "n".repeat(256) + "\n");
    assertThat(name.all()).contains("File name too long");
    Cli.Run loop = buildText("FROM busybox\nRUN i=0; while [ $i -lt 300 ]; do mkdir d && cd d || exit 9; i=$((i+1)); done\n");
    assertThat(loop.status()).isEqualTo(1);
    assertThat(loop.all()).contains("File name too long").contains("exit code: 9");
  }

  @Test
  void aCommandLineOverArgMax_failsWithArgumentListTooLong() throws IOException {
    Cli.Run r = buildText("FROM busybox\nRUN x=abcdefgh; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do x=\"$x $x\"; done; cat $x\n");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.all()).contains("cat: Argument list too long").contains("exit code: 126");
  }

  @Test
  void aTerabyteOfSimulatedFiles_costsNoMemory() throws IOException {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    Cli.Run r = build("FROM busybox\nRUN dd if=/dev/zero of=/big bs=1G count=1000 && cp /big /big2\n");
    long after = rt.totalMemory() - rt.freeMemory();
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(json(r).get("image").get("size").asLong()).isGreaterThan(2_000L << 30);
    assertThat(after - before).isLessThan(64L << 20);
  }
}
