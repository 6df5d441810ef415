package dev.layerlab.lesson;

import dev.layerlab.plan.Builder;
import java.util.List;
import java.util.Optional;

/**
 * The build a check looks at: which target and builder, and whether it is a second build after some
 * files were edited ({@code after-edit}), on the same builder or on a fresh CI runner that imported
 * the first build's layer cache but not its cache mounts ({@code runner: ephemeral}).
 */
record Scenario(Optional<String> target, Builder builder, List<String> edited, boolean ephemeral) {
  Scenario {
    edited = List.copyOf(edited);
  }

  /** The first build of a two-build scenario. */
  Scenario first() {
    return new Scenario(target, builder, List.of(), false);
  }

  String describe() {
    StringBuilder sb = new StringBuilder();
    target.ifPresent(t -> sb.append(" --target ").append(t));
    if (builder == Builder.LEGACY) {
      sb.append(" --builder legacy");
    }
    if (!edited.isEmpty()) {
      sb.append(", after editing ").append(String.join(", ", edited));
      sb.append(ephemeral ? " on a fresh CI runner (layer cache imported)" : " and building again");
    }
    return sb.toString();
  }
}
