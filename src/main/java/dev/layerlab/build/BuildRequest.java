package dev.layerlab.build;

import dev.layerlab.build.context.BuildContext;
import dev.layerlab.image.ImageCatalogue;
import dev.layerlab.plan.BuildPlan;
import java.util.Map;

/**
 * One build: the plan, the build context, the {@code --secret} values (read from the host by the
 * caller, never printed) and the images FROM can name.
 *
 * @param cacheMounts the contents of {@code RUN --mount=type=cache} mounts, kept between builds of a
 *     session and never part of a layer
 */
public record BuildRequest(BuildPlan plan, BuildContext context, Map<String, byte[]> secrets,
    ImageCatalogue catalogue, CacheMounts cacheMounts) {
  public BuildRequest {
    secrets = Map.copyOf(secrets);
  }

  public static BuildRequest of(BuildPlan plan, BuildContext context) {
    return new BuildRequest(plan, context, Map.of(), ImageCatalogue.standard(), new CacheMounts());
  }
}
