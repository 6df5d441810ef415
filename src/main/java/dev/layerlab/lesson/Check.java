package dev.layerlab.lesson;

import dev.layerlab.analysis.efficiency.Efficiency;
import dev.layerlab.analysis.efficiency.EfficiencyReport;
import dev.layerlab.analysis.efficiency.Mode;
import dev.layerlab.analysis.start.WillItStart;

import dev.layerlab.build.StepRecord;
import dev.layerlab.image.HistoryRow;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import dev.layerlab.schedule.Lane;
import dev.layerlab.schedule.Timeline;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A named condition on one scenario's build. Every check reports the figure it measured, so a failed
 * goal says what is still missing ("the image is 1.15GB; the goal is below 300MB").
 */
sealed interface Check {
  Verdict check(Run run);

  /** The image must exist for most checks; this is their answer when it does not. */
  static Verdict noImage(Run run) {
    return Verdict.of(false, run.why());
  }

  record BuildSucceeds() implements Check {
    public Verdict check(Run run) {
      return run.image().isPresent() ? Verdict.of(true, "the build succeeded") : noImage(run);
    }
  }

  record Size(long bound, boolean below) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> Verdict.of(below ? i.size() < bound : i.size() > bound,
          "the image is " + Units.bytes(i.size()) + "; the goal is " + (below ? "below " : "above ") + Units.bytes(bound)))
          .orElseGet(() -> noImage(run));
    }
  }

  record Path(String path, boolean present) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> {
        boolean there = new ImageFiles(i).get(path).isPresent();
        return Verdict.of(there == present, path + (there ? " is in the image" : " is not in the image"));
      }).orElseGet(() -> noImage(run));
    }
  }

  /** The layers the Dockerfile added (not the base image's). */
  record Layers(int min, int max) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> {
        long n = i.layers().stream().filter(l -> !l.fromBase()).count();
        return Verdict.of(n >= min && n <= max, "the Dockerfile adds " + n + " layer" + (n == 1 ? "" : "s"));
      }).orElseGet(() -> noImage(run));
    }
  }

  record StepCached(String step, boolean cached) implements Check {
    public Verdict check(Run run) {
      if (run.result().isEmpty()) {
        return noImage(run);
      }
      Optional<StepRecord> s = run.result().get().steps().stream().filter(x -> x.name().contains(step)).findFirst();
      if (s.isEmpty()) {
        return Verdict.of(false, "no step runs \"" + step + "\"");
      }
      boolean hit = s.get().cached().orElse(false);
      return Verdict.of(hit == cached, s.get().name() + (hit ? " was CACHED" : " ran again: " + s.get().reason().orElse("")));
    }
  }

  record StageBuilt(String stage, boolean built) implements Check {
    public Verdict check(Run run) {
      if (run.result().isEmpty()) {
        return noImage(run);
      }
      boolean ran = run.result().get().steps().stream().anyMatch(s -> s.stageName().equals(stage));
      return Verdict.of(ran == built, "stage " + stage + (ran ? " was built" : " was not built"));
    }
  }

  record StagesOverlap(String a, String b) implements Check {
    public Verdict check(Run run) {
      if (run.timeline().isEmpty()) {
        return noImage(run);
      }
      Optional<Lane> la = lane(run.timeline().get(), a);
      Optional<Lane> lb = lane(run.timeline().get(), b);
      if (la.isEmpty() || lb.isEmpty()) {
        return Verdict.of(false, "stage " + (la.isEmpty() ? a : b) + " did not run");
      }
      boolean overlap = la.get().start() < lb.get().end() && lb.get().start() < la.get().end();
      return Verdict.of(overlap, "stages " + a + " and " + b + (overlap ? " ran at the same time" : " ran one after the other"));
    }

    private static Optional<Lane> lane(Timeline t, String name) {
      return t.lanes().stream().filter(l -> l.name().equals(name)).findFirst();
    }
  }

  record TimeBelow(double seconds) implements Check {
    public Verdict check(Run run) {
      if (run.timeline().isEmpty() || run.image().isEmpty()) {
        return noImage(run);
      }
      double total = run.timeline().get().total();
      return Verdict.of(total < seconds, "the build took " + Units.seconds(total) + "; the goal is below "
          + Units.seconds(seconds));
    }
  }

  /** The value appears in no layer's files, no history row and not in the config. */
  record SecretAbsent(String name, String value) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> where(i).map(w -> Verdict.of(false, "the value of " + name + " is in " + w))
          .orElseGet(() -> Verdict.of(true, "the value of " + name + " is nowhere in the image")))
          .orElseGet(() -> noImage(run));
    }

    private Optional<String> where(Image i) {
      for (HistoryRow h : i.history()) {
        if (h.createdBy().contains(value)) {
          return Optional.of("the history: " + h.createdBy());
        }
      }
      if (i.config().toString().contains(value)) {
        return Optional.of("the image config");
      }
      byte[] needle = value.getBytes(StandardCharsets.UTF_8);
      for (Layer l : i.layers()) {
        Optional<String> hit = l.diff().entries().stream().filter(e -> e.content().map(c -> Units.contains(c, needle)).orElse(false))
            .map(e -> "/" + e.path() + ", in the layer of " + l.createdBy()).findFirst();
        if (hit.isPresent()) {
          return hit;
        }
      }
      return Optional.empty();
    }
  }

  record EfficiencyAbove(double min) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> {
        EfficiencyReport e = Efficiency.analyse(i, Mode.DIVE);
        return Verdict.of(e.score() > min, String.format(java.util.Locale.ROOT,
            "efficiency is %.2f %% (wasted %s); the goal is above %.2f %%", e.score() * 100, Units.bytes(e.wastedBytes()), min * 100));
      }).orElseGet(() -> noImage(run));
    }
  }

  record WouldStart(boolean starts) implements Check {
    public Verdict check(Run run) {
      return run.image().map(i -> {
        Optional<String> problem = WillItStart.check(i).error();
        return Verdict.of(problem.isEmpty() == starts, problem.map(p -> "the container would not start: " + p)
            .orElse("the container would start"));
      }).orElseGet(() -> noImage(run));
    }
  }
}
