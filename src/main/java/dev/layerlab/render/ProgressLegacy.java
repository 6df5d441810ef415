package dev.layerlab.render;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.fs.Content;

/**
 * The legacy builder's output ({@code DOCKER_BUILDKIT=0}): every instruction a numbered step,
 * {@code ---> Using cache} for a hit, {@code ---> Running in <id>} for a RUN that runs, the image ID
 * after each step, and {@code Successfully built}. IDs are derived from the steps, so the same build
 * prints the same IDs.
 */
public final class ProgressLegacy {
  private ProgressLegacy() {}

  public static String render(BuildResult r, ProgressInput in) {
    StringBuilder out = new StringBuilder("Sending build context to Docker daemon  " + Sizes.human(in.contextBytes())
        + "\n");
    String lastId = "";
    StepRecord last = r.steps().isEmpty() ? null : r.steps().get(r.steps().size() - 1);
    for (StepRecord s : r.steps()) {
      out.append("Step ").append(s.index()).append('/').append(s.total()).append(" : ").append(s.name()).append('\n');
      if (s.cached().orElse(false)) {
        out.append(" ---> Using cache\n");
      } else if (s.cached().isPresent()) {
        s.reason().filter(x -> !x.equals("cold cache")).ifPresent(x -> out.append(" ---> cache miss: ").append(x).append('\n'));
        if (s.name().regionMatches(true, 0, "RUN", 0, 3)) {
          String container = id("container " + s.stage() + " " + s.index() + " " + s.name());
          out.append(" ---> Running in ").append(container).append('\n');
          s.output().forEach(l -> out.append(l).append('\n'));
          if (s.error().isPresent()) {
            break;
          }
          out.append("Removing intermediate container ").append(container).append('\n');
        }
      }
      if (s.error().isPresent()) {
        break;
      }
      lastId = s == last && r.image().isPresent() ? r.image().get().id().substring(7, 19)
          : id(lastId + "\n" + s.name() + "\n" + s.layer().map(l -> l.digest()).orElse(""));
      out.append(" ---> ").append(lastId).append('\n');
    }
    r.error().ifPresentOrElse(e -> out.append(e.message()).append('\n'), () -> {
      out.append("Successfully built ").append(r.image().map(i -> i.id().substring(7, 19)).orElse("")).append('\n');
      in.tag().ifPresent(t -> out.append("Successfully tagged ").append(t.contains(":") ? t : t + ":latest").append('\n'));
    });
    return out.toString();
  }

  private static String id(String seed) {
    return Content.of(seed).digest().substring("sha256:".length(), "sha256:".length() + 12);
  }
}
