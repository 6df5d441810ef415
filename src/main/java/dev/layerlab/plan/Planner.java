package dev.layerlab.plan;

import dev.layerlab.dockerfile.Dockerfile;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.SourceRange;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.dockerfile.Suggest;
import dev.layerlab.dockerfile.WordExpander;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A parsed Dockerfile and the user's options to a {@link BuildPlan}, with BuildKit's checks and wording. */
public final class Planner {
  private Planner() {}

  public static BuildPlan plan(Dockerfile df, PlanOptions options) {
    if (df.stages().isEmpty()) {
      throw new PlanException("dockerfile contains no stages to build", lastLine(df));
    }
    int target = target(df, options);
    Map<String, String> globals = GlobalArgs.resolve(df.globalArgs(), options.buildArgs(),
        df.stages().get(target).name().orElse("default"), df.ast().escape());
    List<PlannedStage> planned = new ArrayList<>();
    for (Stage s : df.stages()) {
      planned.add(planStage(df, s, globals));
    }
    return new BuildPlan(df, planned, target, toBuild(planned, target, options.builder()), globals, options);
  }

  private static int target(Dockerfile df, PlanOptions options) {
    if (options.target().isEmpty()) {
      return df.stages().size() - 1;
    }
    String wanted = options.target().get();
    for (Stage s : df.stages()) {
      if (s.name().map(n -> n.equalsIgnoreCase(wanted)).orElse(false)) {
        return s.index();
      }
    }
    List<String> names = df.stages().stream().flatMap(s -> s.name().stream()).toList();
    String message = "target stage \"" + wanted + "\" could not be found";
    String suggestion = Suggest.closest(wanted, names, false).map(n -> " (did you mean " + n + "?)").orElse("");
    throw new PlanException(message + suggestion, lastLine(df));
  }

  private static PlannedStage planStage(Dockerfile df, Stage s, Map<String, String> globals) {
    Instruction.From from = s.from();
    String baseName = GlobalArgs.expand(WordExpander.withEscape(df.ast().escape()), from.image(), globals, from);
    if (baseName.isEmpty()) {
      throw new PlanException("base name (" + from.image() + ") should not be blank", from.node().range());
    }
    if (s.name().map(n -> n.equals(baseName.toLowerCase(Locale.ROOT))).orElse(false)) {
      throw new PlanException("circular dependency detected on stage: " + s.name().get(), from.node().range());
    }
    StageRef base = earlierStage(df, baseName, s.index()).map(StageRef::ofStage).orElse(StageRef.ofImage(baseName));
    Set<Integer> deps = new TreeSet<>();
    base.stage().ifPresent(deps::add);
    for (Instruction i : s.instructions()) {
      CopySources.check(i);
      deps.addAll(StageDependencies.of(df, s, i));
    }
    Optional<String> platform = from.platform().map(p ->
        GlobalArgs.expand(WordExpander.withEscape(df.ast().escape()), p, globals, from));
    return new PlannedStage(s, baseName, base, platform, deps);
  }

  static Optional<Integer> earlierStage(Dockerfile df, String name, int before) {
    String lower = name.toLowerCase(Locale.ROOT);
    return df.stages().stream().filter(st -> st.index() < before)
        .filter(st -> st.name().map(lower::equals).orElse(false)).map(Stage::index)
        .reduce((a, b) -> b);
  }

  private static List<Integer> toBuild(List<PlannedStage> stages, int target, Builder builder) {
    if (builder == Builder.LEGACY) {
      return java.util.stream.IntStream.rangeClosed(0, target).boxed().toList();
    }
    Set<Integer> needed = new TreeSet<>();
    collect(stages, target, needed);
    return List.copyOf(needed);
  }

  private static void collect(List<PlannedStage> stages, int stage, Set<Integer> into) {
    if (into.add(stage)) {
      stages.get(stage).dependencies().forEach(d -> collect(stages, d, into));
    }
  }

  private static SourceRange lastLine(Dockerfile df) {
    var nodes = df.ast().instructions();
    return nodes.isEmpty() ? SourceRange.line(1) : nodes.get(nodes.size() - 1).range();
  }
}
