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
 */
public record Measurement(long sizeBefore, long sizeAfter, int layersBefore, int layersAfter, double rebuildBefore,
    double rebuildAfter, Optional<String> editedFile, List<String> commandBefore, List<String> commandAfter,
    Optional<String> fixedError) {
  public Measurement {
    commandBefore = List.copyOf(commandBefore);
    commandAfter = List.copyOf(commandAfter);
  }

  public long saved() {
    return sizeBefore - sizeAfter;
  }
}
