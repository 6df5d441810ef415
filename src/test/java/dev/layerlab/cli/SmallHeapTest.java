package dev.layerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big images carry sizes, not bytes: a 1.3 GB image with a 10 000-file COPY builds in a JVM limited
 * to a 64 MB heap. The build runs in a child JVM, since a test cannot shrink its own heap.
 */
class SmallHeapTest {
  @TempDir Path dir;

  @Test
  void a13GbImageWith10000Files_buildsIn64Mb() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"),
        "FROM node:20\nWORKDIR /app\nCOPY files/ ./files/\nRUN dd if=/dev/zero of=/blob bs=1M count=250\n");
    for (int i = 0; i < 10_000; i++) {
      Path d = Files.createDirectories(dir.resolve("files/d" + (i / 100)));
      Files.writeString(d.resolve("f" + i + ".txt"), "file " + i + "\n");
    }
    Path out = dir.resolve("out.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "dev.layerlab.cli.Main", "build", "--format", "json", dir.toString()))
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).isZero();
    JsonNode image = new ObjectMapper().readTree(out.toFile()).get("image");
    assertThat(image.get("size").asLong()).isGreaterThan(1_300_000_000L);
    JsonNode copy = image.get("layers").get(image.get("layers").size() - 2);
    assertThat(copy.get("files").size()).isGreaterThanOrEqualTo(10_000);
  }

}
