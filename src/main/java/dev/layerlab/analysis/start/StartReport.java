package dev.layerlab.analysis.start;

import java.util.List;
import java.util.Optional;

/**
 * What {@code docker run} would do with the image.
 *
 * @param argv the process the container would start (ENTRYPOINT then CMD)
 * @param checks every check, in the order the runtime meets them
 * @param error the first failure as the runtime words it; empty when the container would start
 * @param status what {@code docker run} would exit with: 0 when it starts, else see {@link ExitStatus}
 */
public record StartReport(List<String> argv, List<StartCheck> checks, Optional<String> error, int status) {
  public StartReport {
    argv = List.copyOf(argv);
    checks = List.copyOf(checks);
  }

  public boolean starts() {
    return error.isEmpty();
  }
}
