package dev.layerlab.plan;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@code FROM}, {@code COPY --from} or {@code --mount from} names: an earlier stage of this
 * Dockerfile, or an image.
 */
public record StageRef(OptionalInt stage, Optional<String> image) {
  public static StageRef ofStage(int index) {
    return new StageRef(OptionalInt.of(index), Optional.empty());
  }

  public static StageRef ofImage(String name) {
    return new StageRef(OptionalInt.empty(), Optional.of(name));
  }

  public boolean isStage() {
    return stage.isPresent();
  }
}
