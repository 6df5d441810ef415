package dev.layerlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code docker build}'s flags, shared by every command that builds: build, timeline, history, inspect. */
final class BuildOptions {
  /** The build context; each command takes it as its own positional parameter and sets it here. */
  Path context = Path.of(".");

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "The Dockerfile (default: CONTEXT/Dockerfile).")
  Path file;

  @Option(names = {"-t", "--tag"}, paramLabel = "NAME", description = "Name the image, e.g. app:1.0.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--target", paramLabel = "STAGE", description = "Build this stage and what it needs.")
  String target;

  @Option(names = "--build-arg", paramLabel = "K=V", description = "A build argument (K alone: take it from the environment).")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--secret", paramLabel = "id=ID[,src=FILE|,env=VAR]",
      description = "A secret for RUN --mount=type=secret; read from the host, never printed or stored.")
  List<String> secrets = new ArrayList<>();

  @Option(names = "--no-cache", description = "Do not use the build cache.")
  boolean noCache;

  @Option(names = "--no-cache-filter", paramLabel = "STAGE", split = ",", description = "Do not use the cache for these stages.")
  List<String> noCacheFilter = new ArrayList<>();

  @Option(names = "--cache-dir", paramLabel = "DIR", description = "Keep the build cache and local images here between runs.")
  Path cacheDir;

  @Option(names = "--builder", paramLabel = "buildkit|legacy", defaultValue = "buildkit",
      description = "BuildKit (default) or the legacy builder (like DOCKER_BUILDKIT=0).")
  String builder;

  @Option(names = "--progress", paramLabel = "plain|tty|auto", defaultValue = "auto",
      description = "Progress output: plain (BuildKit's log), tty (compact), auto.")
  String progress;

  @Option(names = "--max-parallelism", paramLabel = "N",
      description = "At most N steps run at once on the simulated clock (default: no limit).")
  Integer maxParallelism;

  @Option(names = "--sim", paramLabel = "PATTERN=DURATION",
      description = "Simulated duration of every step whose name contains PATTERN, e.g. 'go build=120s' (repeatable).")
  List<String> sim = new ArrayList<>();

  Path dockerfile() {
    return file != null ? file : context.resolve("Dockerfile");
  }

  Optional<String> tag() {
    return tags.isEmpty() ? Optional.empty() : Optional.of(tags.get(0));
  }
}
