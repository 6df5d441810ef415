package dev.layerlab.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.impl.DumbTerminal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A rebuild inside one REPL session with everything cached (goal: under 10 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarmRebuildBench {
  private Repl repl;
  private ByteArrayOutputStream out;

  @Setup
  public void start() throws IOException {
    out = new ByteArrayOutputStream();
    DumbTerminal t = new DumbTerminal("bench", "dumb", new ByteArrayInputStream(new byte[0]), out,
        StandardCharsets.UTF_8);
    repl = new Repl(t, StartState.starter(), new Repl.Options(Optional.empty(), false, true, false),
        Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC));
    repl.runLine("build");
  }

  @Benchmark
  public int warmRebuild() {
    out.reset();
    repl.runLine("build");
    repl.session().console().writer().flush();
    return out.size();
  }
}
