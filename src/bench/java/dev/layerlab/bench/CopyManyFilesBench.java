package dev.layerlab.bench;

import dev.layerlab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code layerlab build} of a context of 10 000 small files copied by one COPY, cold (goal: well under 1 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CopyManyFilesBench {
  private Path context;

  @Setup
  public void context() throws IOException {
    context = Files.createTempDirectory("layerlab-bench-copy");
    Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nWORKDIR /app\nCOPY files/ ./files/\n");
    for (int i = 0; i < 10_000; i++) {
      Path d = Files.createDirectories(context.resolve("files/d" + (i / 100)));
      Files.writeString(d.resolve("f" + i + ".txt"), "file " + i + "\n");
    }
  }

  @Benchmark
  public int copy10000Files() {
    StringWriter out = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "build", "--format", "json",
        context.toString());
    if (status != 0) {
      throw new IllegalStateException(out.toString());
    }
    return out.getBuffer().length();
  }
}
