package dev.layerlab.shell.tool;

import dev.layerlab.shell.Program;
import dev.layerlab.shell.ProgramRegistry;
import java.util.List;

/**
 * The registry entries for the tool models. Each runs only when the image has a file of that name on
 * PATH, so {@code apt-get} in Alpine or {@code npm} in a Go image is {@code not found}.
 */
public final class Tools {
  private Tools() {}

  /** Adds every tool model to {@code registry}. */
  public static ProgramRegistry addTo(ProgramRegistry registry) {
    ProgramRegistry r = registry.with("apt-get", new Apt()).with("apt", new Apt()).with("apk", new Apk())
        .with("npm", new Npm()).with("npx", new Npx()).with("yarn", new Yarn()).with("yarnpkg", new Yarn());
    r = withAll(r, List.of("tsc", "vite", "react-scripts", "webpack", "next", "esbuild", "rollup", "parcel", "nest"),
        new JsBuild());
    r = withAll(r, List.of("jest", "vitest", "eslint", "prettier", "mocha"), new JsCheck());
    return r;
  }

  private static ProgramRegistry withAll(ProgramRegistry r, List<String> names, Program program) {
    for (String n : names) {
      r = r.with(n, program);
    }
    return r;
  }
}
