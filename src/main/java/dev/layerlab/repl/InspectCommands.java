package dev.layerlab.repl;

import dev.layerlab.build.BuildResult;
import dev.layerlab.build.StepRecord;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import dev.layerlab.render.DiffView;
import dev.layerlab.render.FsTreeView;
import dev.layerlab.render.HistoryView;
import dev.layerlab.render.InspectView;
import dev.layerlab.render.LayerTable;
import dev.layerlab.render.Sizes;
import dev.layerlab.render.StepView;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Looking at the last build: layers, diff, tree, history, inspect, explain, whatif. */
final class InspectCommands {
  private InspectCommands() {}

  @Command(name = "layers", description = "The last image's layers: what made each, its size, the running total.")
  static final class Layers extends SessionCommand {
    @Override
    void run() {
      out().print(LayerTable.render(session.image(), out().width(), out().unicode()));
    }
  }

  @Command(name = "diff", description = "What layer N changed: + added, ~ modified, - removed (whiteouts and where the bytes stay).")
  static final class Diff extends SessionCommand {
    @Parameters(paramLabel = "N", description = "The layer number, as layers numbers them.") int layer;

    @Override
    void run() {
      List<Layer> layers = session.image().layers();
      Layer l = layers.get(checkLayer(layers, layer));
      out().println("layer " + layer + ": " + oneLine(l.createdBy()) + "  (" + Sizes.human(l.size()) + ")");
      out().print(DiffView.render(layers, layer, out().width()));
    }
  }

  @Command(name = "tree", description = "The image's files as they stand after layer N (default: the last), below PATH.")
  static final class Tree extends SessionCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The layer (default: the last).") String layer;
    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "A directory in the image (default: /).") String path;
    @Option(names = "--all", description = "Show every path, however many.") boolean all;

    @Override
    void run() {
      List<Layer> layers = session.image().layers();
      int n = layers.size() - 1;
      String under = "";
      if (layer != null && layer.matches("\\d+")) {
        n = checkLayer(layers, Integer.parseInt(layer));
        under = path == null ? "" : path;
      } else if (layer != null) {
        under = layer;
      }
      String dir = Paths.clean(under);
      out().println("/" + dir + " after layer " + n + ":");
      out().print(FsTreeView.render(layers, n, dir, out().width(), all ? Integer.MAX_VALUE : 80));
    }
  }

  @Command(name = "history", description = "The image's history as docker history shows it (newest first).")
  static final class History extends SessionCommand {
    @Option(names = "--no-trunc", description = "Don't truncate CREATED BY.") boolean noTrunc;

    @Override
    void run() {
      out().print(HistoryView.render(session.image(), noTrunc, true, session.clock().instant()));
    }
  }

  @Command(name = "inspect", description = "The image's ID, config and layer digests, as docker image inspect prints them.")
  static final class Inspect extends SessionCommand {
    @Override
    void run() {
      out().print(InspectView.render(session.image(), Optional.empty()));
    }
  }

  @Command(name = "explain", description = "Why the step at Dockerfile line N was a cache hit or a miss, in the last build.")
  static final class Explain extends SessionCommand {
    @Parameters(paramLabel = "N", description = "A Dockerfile line number (see show).") int line;

    @Override
    void run() {
      BuildResult r = session.lastBuild().orElseThrow(() -> new ReplException("nothing built yet: type build"));
      List<StepRecord> steps = r.steps().stream().filter(s -> s.line() == line).toList();
      if (steps.isEmpty()) {
        throw new ReplException("no step of the last build comes from line " + line
            + " (comments, ARGs before FROM and stages the target does not need make no step)");
      }
      for (StepRecord s : steps) {
        out().print(dev.layerlab.render.ExplainView.render(r, s, out().width()));
      }
    }
  }

  @Command(name = "whatif", description = "Which steps would rebuild if these files changed (and at what cost),"
      + " without building: the session's cache is left as it is.")
  static final class WhatIf extends SessionCommand {
    @Option(names = "--changed", arity = "1..*", paramLabel = "PATH", description = "Files that would change.")
    List<String> changed = new java.util.ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files that would change (same as --changed).")
    List<String> paths = new java.util.ArrayList<>();

    @Override
    void run() {
      List<String> all = new java.util.ArrayList<>(changed);
      all.addAll(paths);
      if (all.isEmpty()) {
        throw new ReplException("name the files that would change: whatif src/index.js");
      }
      Builds.whatIf(session, all).ifPresent(r -> out().print(dev.layerlab.render.WhatIfView.render(r, all, out().width())));
    }
  }

  static int checkLayer(List<Layer> layers, int n) {
    if (n < 0 || n >= layers.size()) {
      throw new ReplException("no layer " + n + ": the image has layers 0 to " + (layers.size() - 1) + " (see layers)");
    }
    return n;
  }

  static String oneLine(String s) {
    return s.replace('\n', ' ');
  }

  static Image image(Session s) {
    return s.image();
  }
}
