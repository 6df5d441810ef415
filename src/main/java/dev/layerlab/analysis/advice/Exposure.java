package dev.layerlab.analysis.advice;

import dev.layerlab.analysis.secrets.SecretScan;
import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import java.util.Set;

/** How exposed named values are in a built image, as the secret scan reports them. */
final class Exposure {
  private Exposure() {}

  /** The places (history rows, config fields, layer files) the values of {@code names} are visible in. */
  static int places(BuildRequest request, BuildResult result, Set<String> names) {
    return SecretScan.scan(request, result).leaks().stream().filter(l -> names.contains(l.name()))
        .mapToInt(l -> l.found().size()).sum();
  }
}
