package dev.layerlab.cli;

import dev.layerlab.cache.CacheDir;
import dev.layerlab.render.CacheView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code layerlab cache ls | du | prune}: what a cache directory holds, and emptying it. */
@Command(name = "cache", mixinStandardHelpOptions = true,
    description = "Show (ls), measure (du) or empty (prune) the build cache kept in --cache-dir.")
final class CacheCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ls|du|prune", description = "What to do.")
  String action;

  @Option(names = "--cache-dir", paramLabel = "DIR", required = true, description = "The cache directory.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CacheDir.Loaded loaded = CacheDir.load(dir);
    loaded.warning().ifPresent(w -> err.println("WARNING: " + w));
    switch (action) {
      case "ls" -> out.print(CacheView.list(loaded.store(), Output.width()));
      case "du" -> out.print(CacheView.usage(loaded.store()));
      case "prune" -> {
        long bytes = loaded.store().size();
        int n = loaded.store().prune();
        try {
          CacheDir.save(dir, loaded.store());
        } catch (IOException e) {
          err.println("ERROR: could not write " + dir + ": " + e.getMessage());
          err.flush();
          return 1;
        }
        out.println("Deleted " + n + " cache entries; total reclaimed space: " + dev.layerlab.render.Sizes.human(bytes));
      }
      default -> {
        err.println("ERROR: unknown cache action \"" + action + "\": use ls, du or prune");
        err.flush();
        return 2;
      }
    }
    out.flush();
    err.flush();
    return 0;
  }
}
