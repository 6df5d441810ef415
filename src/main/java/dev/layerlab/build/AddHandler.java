package dev.layerlab.build;

import dev.layerlab.build.copy.CopyRequest;
import dev.layerlab.dockerfile.Instruction;
import java.util.List;
import java.util.Optional;

/** ADD: like COPY from the context, plus local archives extracted and URLs (simulated) downloaded. */
final class AddHandler {
  private AddHandler() {}

  static void handle(Instruction.Add a, StageState s, BuildSession session, Expand expand) {
    CopyRequest flags = new CopyRequest(CopyRequest.Kind.ADD, List.of(), "", "", a.chown(), a.chmod(), a.link(),
        false, a.excludes(), a.unpack(), List.of());
    CopyStep.run(a, CopyRequest.Kind.ADD, a.sources(), Optional.empty(), flags, s, session, expand);
  }
}
