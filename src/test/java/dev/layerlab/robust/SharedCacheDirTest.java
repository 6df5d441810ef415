package dev.layerlab.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds sharing one {@code --cache-dir} (threads of one JVM, and two child JVMs) never corrupt it; a
 * damaged cache file gives a warning, a cold build, and is replaced by a good one.
 */
@Timeout(300)
class SharedCacheDirTest {
  @TempDir Path tmp;

  private Path project(String name, String dockerfile) throws IOException {
    Path ctx = Files.createDirectories(tmp.resolve(name));
    Files.writeString(ctx.resolve("Dockerfile"), dockerfile);
    Files.writeString(ctx.resolve("a.txt"), name + "\n");
    return ctx;
  }

  @Test
  void twoThreadsBuildingIntoOneCacheDir_leaveItReadable() throws Exception {
    Path cache = tmp.resolve("cache");
    Path one = project("one", "FROM busybox\nCOPY a.txt /a\nRUN echo one > /one\n");
    Path two = project("two", "FROM busybox\nCOPY a.txt /b\nRUN echo two > /two\n");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Cli.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Path ctx = i % 2 == 0 ? one : two;
      runs.add(pool.submit(() -> Cli.run("build", "--cache-dir", cache.toString(), ctx.toString())));
    }
    for (Future<Cli.Run> f : runs) {
      Cli.Run r = f.get(120, TimeUnit.SECONDS).assertNoStackTrace();
      assertThat(r.status()).as(r.all()).isZero();
      assertThat(r.all()).doesNotContain("damaged");
    }
    pool.shutdown();
    assertCacheIsGood(cache, one);
  }

  @Test
  void twoChildJvmsBuildingIntoOneCacheDir_keepEachOthersEntries() throws Exception {
    Path cache = tmp.resolve("cache");
    Path one = project("one", "FROM busybox\nCOPY a.txt /a\nRUN echo one > /one\n");
    Path two = project("two", "FROM busybox\nCOPY a.txt /b\nRUN echo two > /two\n");
    Process a = child(cache, one);
    Process b = child(cache, two);
    for (Process p : List.of(a, b)) {
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).doesNotContain("damaged").doesNotContain("Exception");
    }
    assertCacheIsGood(cache, one);
    assertCacheIsGood(cache, two);
  }

  @Test
  void aDamagedCacheFile_givesAWarningAndIsRepaired() throws IOException {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Path ctx = project("one", "FROM busybox\nRUN echo one > /one\n");
    Files.writeString(cache.resolve("cache.json"), "{\"version\":1,\"entries\":[{\"parent\":");
    Cli.Run r = Cli.run("build", "--cache-dir", cache.toString(), ctx.toString()).assertNoStackTrace();
    assertThat(r.status()).isZero();
    assertThat(r.all()).contains("WARNING: the build cache in " + cache + " is damaged");
    assertCacheIsGood(cache, ctx);
  }

  private static void assertCacheIsGood(Path cache, Path ctx) {
    assertThat(assertCacheIsReadable(cache, ctx).all()).contains("CACHED");
  }

  /** Readable, never half-written, no temporary file left behind. */
  private static Cli.Run assertCacheIsReadable(Path cache, Path ctx) {
    Cli.Run again = Cli.run("build", "--cache-dir", cache.toString(), ctx.toString()).assertNoStackTrace();
    assertThat(again.status()).isZero();
    assertThat(again.all()).doesNotContain("damaged");
    assertThat(cache.resolve("cache.json")).exists();
    try (var files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return again;
  }

  private static Process child(Path cache, Path ctx) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = "for i in 1 2 3; do \"$0\" -Xshare:auto -XX:TieredStopAtLevel=1 -cp \"$1\" dev.layerlab.cli.Main "
        + "build --cache-dir \"$2\" \"$3\" || exit 1; done";
    return new ProcessBuilder(List.of("sh", "-c", script, java, System.getProperty("java.class.path"),
        cache.toString(), ctx.toString())).redirectErrorStream(true).start();
  }
}
