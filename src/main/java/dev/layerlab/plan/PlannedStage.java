package dev.layerlab.plan;

import dev.layerlab.dockerfile.Stage;
import java.util.Optional;
import java.util.Set;

/**
 * A stage with what it stands on: its base (an earlier stage, an image, or scratch), the image name
 * after global ARG expansion, and the stages it reads from.
 *
 * @param baseName the FROM name after expansion with the global ARGs
 * @param base what that name resolves to
 * @param dependencies every earlier stage this one needs: its base and its COPY/mount sources
 */
public record PlannedStage(Stage stage, String baseName, StageRef base, Optional<String> platform,
    Set<Integer> dependencies) {
  public PlannedStage {
    dependencies = Set.copyOf(dependencies);
  }

  public int index() {
    return stage.index();
  }

  public String displayName() {
    return stage.displayName();
  }

  public boolean fromScratch() {
    return base.image().map(i -> i.equals("scratch")).orElse(false);
  }
}
