package dev.layerlab.build;

import dev.layerlab.build.copy.CopyRequest;
import dev.layerlab.dockerfile.Instruction;
import java.util.List;
import java.util.Optional;

/** COPY: files from the context, an earlier stage or an image, never extracted. */
final class CopyHandler {
  private CopyHandler() {}

  static void handle(Instruction.Copy c, StageState s, BuildSession session, Expand expand) {
    CopyRequest flags = new CopyRequest(CopyRequest.Kind.COPY, List.of(), "", "", c.chown(), c.chmod(), c.link(),
        c.parents(), c.excludes(), Optional.empty(), List.of());
    CopyStep.run(c, CopyRequest.Kind.COPY, c.sources(), c.from(), flags, s, session, expand);
  }
}
