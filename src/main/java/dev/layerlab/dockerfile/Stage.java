package dev.layerlab.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * A build stage as written: its FROM and the instructions after it, up to the next FROM.
 *
 * @param index the stage's 0-based position, which {@code COPY --from=0} refers to
 */
public record Stage(int index, Instruction.From from, List<Instruction> instructions) {
  public Stage {
    instructions = List.copyOf(instructions);
  }

  public Optional<String> name() {
    return from.stageName();
  }

  /** The name BuildKit shows in step labels: the AS name, or {@code stage-K}. */
  public String displayName() {
    return name().orElse("stage-" + index);
  }
}
