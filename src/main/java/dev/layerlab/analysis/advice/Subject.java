package dev.layerlab.analysis.advice;

import dev.layerlab.build.BuildRequest;
import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.List;
import java.util.Optional;

/**
 * What a rule looks at: the Dockerfile's text and AST, the request it was built with, and the result.
 */
public record Subject(String text, Dockerfile dockerfile, BuildRequest request, BuildResult result) {

  public Stage finalStage() {
    return dockerfile.stages().get(request.plan().target());
  }

  public Optional<Image> image() {
    return result.image();
  }

  /** The Dockerfile line of the step that made a layer of the final image; empty for base layers. */
  public Optional<Integer> lineOf(Layer layer) {
    return result.steps().stream().filter(s -> s.layer().filter(l -> l.digest().equals(layer.digest())
        && l.createdBy().equals(layer.createdBy())).isPresent()).map(StepRecord::line).findFirst();
  }

  /** The shell-form RUN commands of a stage, with their instructions. */
  public static List<Instruction.Run> shellRuns(Stage stage) {
    return stage.instructions().stream().filter(Instruction.Run.class::isInstance).map(Instruction.Run.class::cast)
        .filter(r -> r.command().shellForm() && r.heredocs().isEmpty()).toList();
  }

  public static String command(Instruction.Run run) {
    return String.join(" ", run.command().args());
  }
}
