package dev.layerlab.build;

import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.InstructionParser;
import dev.layerlab.dockerfile.Node;
import dev.layerlab.dockerfile.Parser;
import dev.layerlab.plan.PlannedStage;
import java.util.ArrayList;
import java.util.List;

/** Builds one stage: its FROM, the base image's ONBUILD triggers, then each instruction in order. */
final class StageExecutor {
  private StageExecutor() {}

  static StageState build(PlannedStage planned, BuildSession session, Expand expand) {
    StageState s = FromHandler.start(planned, session);
    List<Instruction> triggers = triggers(s);
    if (session.legacy()) {
      s.total = legacyTotal(session);
      s.stepIndex = session.legacyIndex;
      FromHandler.recordLegacyFrom(s, session);
    } else {
      s.total = countSteps(planned, triggers);
      s.stepIndex = 0;
    }
    if (!session.legacy() && !planned.base().isStage() && !planned.fromScratch()) {
      // BuildKit pulls an image once however many stages start from it: one vertex, shown once.
      if (session.pulled.add(planned.baseName())) {
        FromHandler.recordPull(s, session);
      } else {
        s.stepIndex++;
      }
    }
    s.config = s.config.withOnBuild(List.of());
    Dispatcher dispatcher = new Dispatcher(s, session, expand);
    triggers.forEach(t -> t.accept(dispatcher));
    planned.stage().instructions().forEach(i -> i.accept(dispatcher));
    session.legacyIndex = s.stepIndex;
    return s;
  }

  /** The legacy builder's M in {@code Step N/M}: every instruction of every stage it builds, FROM included. */
  private static int legacyTotal(BuildSession session) {
    var plan = session.request.plan();
    return plan.stagesToBuild().stream().mapToInt(i -> 1 + plan.stage(i).stage().instructions().size()).sum();
  }

  /** The base image's ONBUILD triggers, parsed now that a build starts FROM it. */
  private static List<Instruction> triggers(StageState s) {
    List<Instruction> out = new ArrayList<>();
    for (String expression : s.config.onBuild()) {
      try {
        for (Node n : Parser.parse(expression).instructions()) {
          out.add(InstructionParser.parse(n));
        }
      } catch (DockerfileException e) {
        throw new BuildException("failed to parse ONBUILD trigger: " + e.diagnostic().message(),
            s.planned.stage().from().node().range());
      }
    }
    return out;
  }

  /** BuildKit's N in {@code [i/N]}: a pulled FROM counts one, then each RUN, COPY, ADD and WORKDIR. */
  static int countSteps(PlannedStage planned, List<Instruction> triggers) {
    int n = planned.base().isStage() || planned.fromScratch() ? 0 : 1;
    List<Instruction> all = new ArrayList<>(triggers);
    all.addAll(planned.stage().instructions());
    for (Instruction i : all) {
      if (i instanceof Instruction.Run || i instanceof Instruction.Copy || i instanceof Instruction.Add
          || i instanceof Instruction.Workdir) {
        n++;
      }
    }
    return n;
  }

}
