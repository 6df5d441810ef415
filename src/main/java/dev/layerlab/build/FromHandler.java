package dev.layerlab.build;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.fs.SimFs;
import dev.layerlab.image.BaseImage;
import dev.layerlab.image.Layer;
import dev.layerlab.image.Image;
import dev.layerlab.image.ImageConfig;
import dev.layerlab.plan.PlannedStage;
import java.util.List;
import java.util.Optional;

/**
 * FROM: a stage starts from an earlier stage (a copy of its state), from scratch (nothing), or from a
 * catalogued image whose layers are laid down one by one. Only an image pull is a step.
 */
final class FromHandler {
  private FromHandler() {}

  static StageState start(PlannedStage planned, BuildSession session) {
    if (planned.base().isStage()) {
      int parent = planned.base().stage().getAsInt();
      return session.finished.get(parent).derive(planned, onlyReader(session, parent));
    }
    if (planned.fromScratch()) {
      StageState s = new StageState(planned, StageFs.lazy(SimFs::create), ImageConfig.EMPTY);
      s.lastKey = "scratch";
      return s;
    }
    Optional<Image> local = session.request.cache().image(planned.baseName());
    if (local.isPresent()) {
      return fromLocal(planned, local.get());
    }
    return pull(planned, session.image(planned.baseName()), session);
  }

  /**
   * True when no other stage of this build reads the parent (as a base, COPY --from or a mount): the
   * child may then take the parent's files instead of a copy of them. An ONBUILD trigger may read a
   * stage the plan does not list, so any trigger in sight keeps the copy.
   */
  private static boolean onlyReader(BuildSession session, int parent) {
    var plan = session.request.plan();
    return plan.stagesToBuild().stream().filter(i -> plan.stage(i).dependencies().contains(parent)).count() == 1
        && !triggersInSight(session);
  }

  private static boolean triggersInSight(BuildSession session) {
    var plan = session.request.plan();
    boolean written = plan.dockerfile().stages().stream().flatMap(st -> st.instructions().stream())
        .anyMatch(i -> i instanceof Instruction.OnBuild);
    return written || plan.stagesToBuild().stream().map(plan::stage).filter(st -> !st.base().isStage())
        .anyMatch(st -> session.request.cache().image(st.baseName()).map(im -> !im.config().onBuild().isEmpty())
            .orElse(false));
  }

  /** An image this builder made earlier with {@code -t}: its layers, config and history as they were. */
  private static StageState fromLocal(PlannedStage planned, Image image) {
    StageState s = new StageState(planned, StageFs.lazy(() -> laidDown(image.layers())), image.config());
    for (Layer l : image.layers()) {
      s.layers.add(new Layer(l.createdBy(), l.diff(), l.size(), l.digest(), true, l.compressedSize()));
    }
    s.history.addAll(image.history());
    s.lastKey = "local:" + image.id();
    return s;
  }

  private static StageState pull(PlannedStage planned, BaseImage image, BuildSession session) {
    List<Layer> layers = image.layers().stream().map(Layer::ofBase).toList();
    StageState s = new StageState(planned, StageFs.lazy(() -> laidDown(layers)), image.config());
    s.layers.addAll(layers);
    s.history.addAll(image.history());
    s.lastKey = "image:" + image.digest();
    return s;
  }

  private static SimFs laidDown(List<Layer> layers) {
    SimFs fs = SimFs.create();
    layers.forEach(l -> fs.apply(l.diff()));
    return fs;
  }

  /** The legacy builder's FROM: a step of its own in every stage, as written, never cached or missed. */
  static void recordLegacyFrom(StageState s, BuildSession session) {
    s.stepIndex++;
    var from = s.planned.stage().from();
    double seconds = 0.0;
    if (!s.planned.base().isStage() && !s.planned.fromScratch() && session.pulled.add(s.planned.baseName())) {
      BaseImage image = session.request.catalogue().resolve(s.planned.baseName()).image();
      seconds = CostModel.pull(image.compressedSize(), image.size()); // an image is pulled once per build
    }
    session.steps.add(new StepRecord(s.planned.index(), s.displayName(), s.stepIndex, s.total,
        from.node().original().strip(), from.node().range().startLine(), Optional.empty(), Optional.empty(),
        session.clock, seconds, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    session.clock = CostModel.round(session.clock + seconds);
  }

  /** Records the FROM step of an image pull: BuildKit never says whether it was cached. */
  static void recordPull(StageState s, BuildSession session) {
    BaseImage image = session.request.catalogue().resolve(s.planned.baseName()).image();
    s.stepIndex++;
    String name = "FROM " + image.reference() + "@" + image.digest();
    double seconds = CostModel.pull(image.compressedSize(), image.size());
    session.steps.add(new StepRecord(s.planned.index(), s.displayName(), s.stepIndex, s.total, name,
        s.planned.stage().from().node().range().startLine(), Optional.empty(), Optional.empty(), session.clock,
        seconds, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
    session.clock = CostModel.round(session.clock + seconds);
  }
}
