package dev.layerlab.lesson;

import dev.layerlab.build.BuildResult;
import dev.layerlab.image.Image;
import dev.layerlab.schedule.Timeline;
import java.util.Optional;

/**
 * One scenario's build as the checks see it: the result and its timeline, or why there is none (a
 * Dockerfile that does not parse or plan).
 */
record Run(Optional<BuildResult> result, Optional<Timeline> timeline, String problem) {
  static Run failed(String problem) {
    return new Run(Optional.empty(), Optional.empty(), problem);
  }

  /** The image, or empty when the build failed. */
  Optional<Image> image() {
    return result.flatMap(BuildResult::image);
  }

  /** Why there is no image, in words. */
  String why() {
    if (result.isEmpty()) {
      return problem;
    }
    return result.get().error().map(e -> "the build failed: " + e.message()).orElse("the build made no image");
  }
}
