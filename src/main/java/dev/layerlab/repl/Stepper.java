package dev.layerlab.repl;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.image.Layer;
import dev.layerlab.render.StepView;
import java.util.ArrayList;
import java.util.List;

/**
 * Step mode: a build shown one instruction at a time. The simulated build is deterministic, so the
 * engine runs it whole and the stepper reveals its steps in order; what a step shows (its diff, its
 * cache decision) is exactly what it did.
 */
final class Stepper {
  private final BuildResult result;
  private int next;

  Stepper(BuildResult result) {
    this.result = result;
  }

  boolean done() {
    return next >= result.steps().size();
  }

  int position() {
    return next;
  }

  int total() {
    return result.steps().size();
  }

  BuildResult result() {
    return result;
  }

  /** Shows the next step and moves past it. */
  void showNext(Console c) {
    StepRecord s = result.steps().get(next);
    c.print(StepView.render(s, result.namedLabels(), lowerLayers(next), c.width(), c.present()));
    next++;
  }

  /** The layers the step at {@code index} sits on: those its stage made before it. */
  private List<Layer> lowerLayers(int index) {
    StepRecord s = result.steps().get(index);
    List<Layer> out = new ArrayList<>();
    if (result.plan().target() == s.stage() && result.image().isPresent()) {
      List<Layer> image = result.image().get().layers();
      int own = s.layer().map(image::indexOf).orElse(-1);
      if (own >= 0) {
        return image.subList(0, own);
      }
    }
    for (int i = 0; i < index; i++) {
      StepRecord before = result.steps().get(i);
      if (before.stage() == s.stage()) {
        before.layer().ifPresent(out::add);
      }
    }
    return out;
  }
}
