package dev.layerlab.repl;

import dev.layerlab.build.BuildResult;
import dev.layerlab.render.LayerTable;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.render.ProgressPlain;
import dev.layerlab.render.ProgressTty;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Building: build, step mode (step, next, continue), and the last build's timeline. */
final class BuildCommands {
  private BuildCommands() {}

  @Command(name = "build", description = "Build the sandbox as docker build would, then show the image's layers.")
  static final class Build extends SessionCommand {
    @Mixin BuildFlags flags;

    @Option(names = "--progress", paramLabel = "plain|tty", defaultValue = "tty",
        description = "tty: one line per step (default); plain: BuildKit's full log.")
    String progress;

    @Override
    void run() {
      if (!progress.equals("plain") && !progress.equals("tty") && !progress.equals("auto")) {
        throw new ReplException("invalid progress mode \"" + progress + "\": use plain or tty");
      }
      Builds.Flags f = flags.flags();
      session.stepper(Optional.empty());
      Builds.run(session, f).ifPresent(r -> show(r, f));
    }

    private void show(BuildResult r, Builds.Flags f) {
      Console c = out();
      if (c.present()) {
        Stepper st = new Stepper(r);
        while (!st.done()) {
          st.showNext(c);
          c.pause("press Enter for the next step");
        }
      } else {
        ProgressInput in = progressInput(session, f);
        dev.layerlab.schedule.Timeline t = timeline(session, r);
        c.print(progress.equals("plain") ? ProgressPlain.render(r, in, t) : ProgressTty.render(r, in, c.width(), t));
      }
      summary(session, r);
    }
  }

  @Command(name = "step", description = "Build in step mode: run one instruction, show its diff and cache decision, pause.")
  static final class Step extends SessionCommand {
    @Mixin BuildFlags flags;

    @Override
    void run() {
      Builds.run(session, flags.flags()).ifPresent(r -> {
        Stepper st = new Stepper(r);
        session.stepper(Optional.of(st));
        out().println("stepping through " + st.total() + " steps (next: one more, continue: the rest)");
        advance(session);
      });
    }
  }

  @Command(name = "next", aliases = "n", description = "In step mode: run the next instruction.")
  static final class Next extends SessionCommand {
    @Override
    void run() {
      advance(session);
    }
  }

  @Command(name = "continue", aliases = "c", description = "In step mode: run the remaining instructions.")
  static final class Continue extends SessionCommand {
    @Override
    void run() {
      stepper(session);
      while (session.stepper().isPresent()) {
        advance(session);
      }
    }
  }

  @Command(name = "timeline", description = "The last build's stages on a time axis, as its builder ran them.")
  static final class Timeline extends SessionCommand {
    @Override
    void run() {
      BuildResult r = session.lastBuild().orElseThrow(() -> new ReplException("nothing built yet: type build"));
      out().print(dev.layerlab.render.TimelineView.render(timeline(session, r), out().width(), out().unicode()));
    }
  }

  /** The build on the simulated clock, with the current lesson's cost overrides (as its checks see it). */
  static dev.layerlab.schedule.Timeline timeline(Session session, BuildResult r) {
    return dev.layerlab.schedule.Scheduler.schedule(r, session.start().lesson().map(dev.layerlab.lesson.Checker::settings)
        .orElse(dev.layerlab.schedule.SimSettings.defaults()));
  }

  static void advance(Session session) {
    Stepper st = stepper(session);
    st.showNext(session.console());
    if (st.done()) {
      session.stepper(Optional.empty());
      summary(session, st.result());
    } else {
      session.console().println("  (" + st.position() + "/" + st.total() + " done: next, or continue)");
    }
  }

  private static Stepper stepper(Session session) {
    return session.stepper().orElseThrow(() -> new ReplException("not stepping: type step to start a build in step mode"));
  }

  static void summary(Session session, BuildResult r) {
    Console c = session.console();
    r.image().ifPresent(i -> c.print(LayerTable.render(i, c.width(), c.unicode())));
    r.warnings().forEach(w -> c.println("WARNING: " + w));
    r.notes().forEach(n -> c.println("note: " + n));
    if (!r.unmodelled().isEmpty()) {
      c.println("note: these programs ran as no-ops (layerlab has no model of them yet): " + String.join(", ", r.unmodelled()));
    }
    r.error().ifPresent(e -> c.println("the build failed: fix the Dockerfile (show, edit N TEXT) and build again"));
    LessonCommands.afterBuild(session);
  }

  static ProgressInput progressInput(Session session, Builds.Flags f) {
    Sandbox s = session.sandbox();
    long ignore = s.text(Sandbox.IGNORE).map(t -> (long) t.getBytes(StandardCharsets.UTF_8).length).orElse(0L);
    return new ProgressInput(Sandbox.DOCKERFILE, s.dockerfile(), ignore, s.contextBytes(), f.tag());
  }
}
