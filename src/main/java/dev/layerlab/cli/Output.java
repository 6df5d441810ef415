package dev.layerlab.cli;

import dev.layerlab.build.BuildResult;
import dev.layerlab.render.BuildJson;
import dev.layerlab.render.ProgressInput;
import dev.layerlab.schedule.Scheduler;
import java.io.PrintWriter;

/** Printing shared by the commands that build. */
final class Output {
  private Output() {}

  /** The terminal width from COLUMNS, else 80 (pipes, CI). */
  static int width() {
    try {
      String c = System.getenv("COLUMNS");
      return c == null ? 80 : Math.max(40, Integer.parseInt(c.trim()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** Block characters unless the locale says the terminal cannot show them. */
  static boolean unicode() {
    String lang = String.valueOf(System.getenv("LC_ALL")) + System.getenv("LC_CTYPE") + System.getenv("LANG");
    return !lang.contains("POSIX") && !(lang.contains("C") && !lang.toUpperCase().contains("UTF"));
  }

  static ProgressInput progressInput(BuildRunner.Outcome o, BuildOptions options) {
    return new ProgressInput(o.input().displayName(), o.input().text(), o.dockerignoreBytes(), o.contextBytes(),
        options.tag());
  }

  /** Warnings, notes and programs without a model, once each, after the build. */
  static void notes(BuildResult r, PrintWriter out) {
    r.warnings().forEach(w -> out.println("WARNING: " + w));
    r.notes().forEach(n -> out.println("note: " + n));
    if (!r.unmodelled().isEmpty()) {
      out.println("note: these programs ran as no-ops (layerlab has no model of them yet): "
          + String.join(", ", r.unmodelled()));
    }
  }

  /** The JSON contract; a Dockerfile that could not be planned still gives an object with its error. */
  static int json(BuildRunner.Outcome o, BuildOptions options, PrintWriter out) throws UserError {
    if (o.diagnostic().isPresent()) {
      out.print(BuildJson.notPlanned(o.diagnostic().get(), o.builder()));
      return 1;
    }
    BuildResult r = o.result().orElseThrow();
    out.print(BuildJson.render(r, Scheduler.schedule(r, BuildInputs.sim(options))));
    return r.exitCode();
  }
}
