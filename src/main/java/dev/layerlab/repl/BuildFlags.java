package dev.layerlab.repl;

import dev.layerlab.plan.Builder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** docker build's flags that make sense in memory: the context is the sandbox, so there is no CONTEXT or -f. */
final class BuildFlags {
  @Option(names = "--target", paramLabel = "STAGE", description = "Build this stage and what it needs.")
  String target;

  @Option(names = "--build-arg", paramLabel = "K=V", description = "A build argument.")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = {"-t", "--tag"}, paramLabel = "NAME", description = "Name the image, e.g. app:1.0.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--no-cache", description = "Do not use the build cache.")
  boolean noCache;

  @Option(names = "--builder", paramLabel = "buildkit|legacy", defaultValue = "buildkit",
      description = "BuildKit (default) or the legacy builder.")
  String builder;

  Builds.Flags flags() {
    return new Builds.Flags(Optional.ofNullable(target), args(), builder(), noCache,
        tags.isEmpty() ? Optional.empty() : Optional.of(tags.get(0)));
  }

  private Map<String, String> args() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : buildArgs) {
      int eq = a.indexOf('=');
      if (eq < 0) {
        throw new ReplException("--build-arg " + a + ": give a value, K=V (the REPL does not read your environment)");
      }
      out.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return out;
  }

  private Builder builder() {
    switch (builder) {
      case "buildkit":
        return Builder.BUILDKIT;
      case "legacy":
      case "classic":
        return Builder.LEGACY;
      default:
        throw new ReplException("unknown builder \"" + builder + "\": use buildkit or legacy");
    }
  }
}
