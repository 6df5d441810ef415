package dev.layerlab.bench;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.LayerDiff;
import dev.layerlab.fs.SimFs;
import dev.layerlab.shell.Shell;
import dev.layerlab.shell.ShellContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One RUN step (shell, then its layer diff) over a base tree of 5 000 or 50 000 files (goal: ratio at most 1.3). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StepCostBench {
  @Param({"5000", "50000"})
  public int baseFiles;

  private SimFs fs;

  @Setup
  public void base() {
    fs = SimFs.create();
    for (String d : new String[] {"/bin", "/etc", "/tmp", "/usr", "/usr/lib", "/app"}) {
      fs.mkdir(d, 0755, 0, 0);
    }
    fs.writeFile("/bin/sh", Content.synthetic(900_000, 1), 0755, 0, 0);
    for (String a : new String[] {"echo", "mkdir", "rm", "cat", "touch"}) {
      fs.symlink("/bin/" + a, "/bin/sh", 0, 0);
    }
    for (int i = 0; i < baseFiles; i++) {
      String dir = "/usr/lib/d" + (i / 100);
      if (i % 100 == 0) {
        fs.mkdir(dir, 0755, 0, 0);
      }
      fs.writeFile(dir + "/f" + i, Content.synthetic(4096 + i, i), 0644, 0, 0);
    }
  }

  @Benchmark
  public LayerDiff runStep() {
    fs.beginStep();
    Shell.run("mkdir -p /app/out && echo built > /app/out/result && rm -f /app/out/old && touch /app/out/old",
        ShellContext.of(fs));
    return fs.endStep();
  }
}
