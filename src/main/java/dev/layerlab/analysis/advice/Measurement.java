package dev.layerlab.analysis.advice;

import java.util.List;
import java.util.Optional;

/**
 * Both versions simulated.
 *
 * @param sizeBefore image size of the Dockerfile as written; {@code sizeAfter} of the fixed one
 * @param rebuildBefore simulated seconds of a rebuild after {@code editedFile} changed (REBUILD only)
 * @param editedFile the source file the rebuild measurement touched; empty unless REBUILD
 * @param commandBefore the start command (ENTRYPOINT + CMD) before and after
 * @param fixedError the fixed Dockerfile's build error, if the fix breaks the build
 * @param exposedBefore places (history rows, config fields, layer files) the fix's secret values are
 *     visible in, as the secret scan finds them; {@code exposedAfter} in the fixed build (SECRETS only)
 */
public record Measurement(long sizeBefore, long sizeAfter, int layersBefore, int layersAfter, double rebuildBefore,
    double rebuildAfter, Optional<String> editedFile, List<String> commandBefore, List<String> commandAfter,
    Optional<String> fixedError, int exposedBefore, int exposedAfter) {
  public Measurement {
    commandBefore = List.copyOf(commandBefore);
    commandAfter = List.copyOf(commandAfter);
  }

  public Measurement(long sizeBefore, long sizeAfter, int layersBefore, int layersAfter, double rebuildBefore,
      double rebuildAfter, Optional<String> editedFile, List<String> commandBefore, List<String> commandAfter,
      Optional<String> fixedError) {
    this(sizeBefore, sizeAfter, layersBefore, layersAfter, rebuildBefore, rebuildAfter, editedFile, commandBefore,
        commandAfter, fixedError, 0, 0);
  }

  public long saved() {
    return sizeBefore - sizeAfter;
  }

  /** The same measurement with the secret scan's counts. */
  Measurement withExposure(int before, int after) {
    return new Measurement(sizeBefore, sizeAfter, layersBefore, layersAfter, rebuildBefore, rebuildAfter, editedFile,
        commandBefore, commandAfter, fixedError, before, after);
  }
}
