package dev.layerlab.analysis.advice;

import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Stage;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.DiffEntry;
import dev.layerlab.fs.DiffType;
import dev.layerlab.fs.Linkage;
import dev.layerlab.image.Image;
import dev.layerlab.image.Layer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LL1003: a single stage on a build image (compilers, headers, the whole toolchain) ships all of it.
 * The fix keeps the stage as {@code build} and adds a runtime stage on a small image that copies only
 * what runs: a Go or Rust binary (onto distroless static, distroless base or alpine, by its linkage),
 * or the app directory (onto the slim or JRE variant), plus pip's site-packages for Python.
 */
final class MultiStageRule implements Rule {
  private static final Set<String> RUNTIME_KEYWORDS = Set.of("expose", "user", "cmd", "entrypoint", "label",
      "healthcheck", "stopsignal", "volume");

  public String id() {
    return "LL1003";
  }

  public List<Finding> check(Subject s) {
    if (s.dockerfile().stages().size() != 1 || s.image().isEmpty()) {
      return List.of();
    }
    Stage stage = s.dockerfile().stages().get(0);
    Image image = s.image().get();
    Optional<Plan> plan = plan(stage.from().image(), image);
    if (plan.isEmpty() || s.request().catalogue().exact(plan.get().runtime()).isEmpty()) {
      return List.of();
    }
    return List.of(new Finding(id(), stage.from().node().range().startLine(),
        "Single stage on " + stage.from().image() + ": the toolchain ships with the app; build in one stage and run"
            + " from " + plan.get().runtime() + ".", Impact.SIZE,
        Optional.of(new Fix("split into a build stage and a runtime stage on " + plan.get().runtime(),
            text -> rewrite(text, stage, image, plan.get())))));
  }

  record Plan(String runtime, List<String> copies) {}

  private static Optional<Plan> plan(String ref, Image image) {
    String name = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
    String tag = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : "latest";
    String workdir = image.config().workingDir();
    if (name.equals("golang") || name.equals("rust")) {
      return binary(image).map(b -> new Plan(forLinkage(b.linkage()), List.of(b.path())));
    }
    if (tag.contains("slim") || tag.contains("alpine") || workdir.isEmpty() || workdir.equals("/")) {
      return Optional.empty();
    }
    List<String> copies = new ArrayList<>(List.of(workdir));
    switch (name) {
      case "node":
        return Optional.of(new Plan("node:" + tag + "-slim", copies));
      case "python":
        copies.addAll(pythonPaths(image));
        return Optional.of(new Plan("python:" + tag + "-slim", copies));
      case "maven":
      case "eclipse-temurin":
        return tag.contains("jre") ? Optional.empty() : Optional.of(new Plan("eclipse-temurin:21-jre", copies));
      default:
        return Optional.empty();
    }
  }

  private static String forLinkage(Linkage l) {
    switch (l) {
      case STATIC: return "gcr.io/distroless/static-debian12";
      case DYNAMIC_MUSL: return "alpine:3.19";
      default: return "gcr.io/distroless/base-debian12";
    }
  }

  record Binary(String path, Linkage linkage) {}

  /** The executable the image starts, when the build made it and it carries a linkage. */
  private static Optional<Binary> binary(Image image) {
    List<String> argv = Simulation.command(image);
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    String prog = argv.get(0);
    for (int i = image.layers().size() - 1; i >= 0; i--) {
      Layer l = image.layers().get(i);
      for (DiffEntry e : l.diff().entries()) {
        String p = "/" + e.path();
        boolean named = prog.startsWith("/") ? p.equals(prog) : p.endsWith("/" + prog.replaceFirst("^\\./", ""));
        Optional<Linkage> link = e.content().flatMap(MultiStageRule::linkage);
        if (!l.fromBase() && e.type() == DiffType.FILE && named && link.isPresent()) {
          return Optional.of(new Binary(p, link.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Linkage> linkage(Content c) {
    return Linkage.of(c);
  }

  private static List<String> pythonPaths(Image image) {
    Set<String> out = new LinkedHashSet<>();
    for (Layer l : image.layers()) {
      for (DiffEntry e : l.diff().entries()) {
        String p = "/" + e.path();
        if (!l.fromBase() && e.type() == DiffType.FILE) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(/usr/local/lib/python[^/]+/site-packages)/").matcher(p);
          if (m.find()) {
            out.add(m.group(1));
          } else if (p.startsWith("/usr/local/bin/")) {
            out.add(p);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String rewrite(String text, Stage stage, Image image, Plan plan) {
    String alias = stage.name().orElse("build");
    StringBuilder runtime = new StringBuilder("\nFROM " + plan.runtime() + "\n");
    for (Instruction i : stage.instructions()) {
      if (i instanceof Instruction.Env) {
        runtime.append(String.join("\n", TextEdit.text(text, TextEdit.range(i)))).append('\n');
      }
    }
    if (!image.config().workingDir().isEmpty()) {
      runtime.append("WORKDIR ").append(image.config().workingDir()).append('\n');
    }
    plan.copies().forEach(p -> runtime.append("COPY --from=").append(alias).append(' ').append(p).append(' ')
        .append(p).append('\n'));
    for (Instruction i : stage.instructions()) {
      if (RUNTIME_KEYWORDS.contains(i.node().command())) {
        runtime.append(String.join("\n", TextEdit.text(text, TextEdit.range(i)))).append('\n');
      }
    }
    String named = stage.name().isPresent() ? text
        : TextEdit.append(text, TextEdit.range(stage.from()), " AS build");
    return named.replaceAll("\\s+$", "") + "\n" + runtime;
  }
}
