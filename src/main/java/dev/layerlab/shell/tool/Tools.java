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
    r = withAll(r, List.of("pip", "pip3", "pip3.11", "pip3.12"), new Pip());
    r = withAll(r, List.of("python", "python3", "python3.11", "python3.12"), new Python());
    r = r.with("go", new Go()).with("mvn", new Maven()).with("mvnw", new Maven()).with("gradle", new Gradle())
        .with("gradlew", new Gradle()).with("jar", new JarExtract()).with("java", new JarExtract())
        .with("cargo", new Cargo()).with("make", new Make()).with("cmake", new CMake());
    r = withAll(r, List.of("gcc", "cc", "g++", "c++", "clang", "gcc-12", "g++-12"), new Cc());
    r = withAll(r, List.of("curl", "wget"), new Download());
    r = withAll(r, List.of("useradd", "adduser", "addgroup", "groupadd", "usermod"), new Accounts());
    return r.with("git", new Git());
  }

  private static ProgramRegistry withAll(ProgramRegistry r, List<String> names, Program program) {
    for (String n : names) {
      r = r.with(n, program);
    }
    return r;
  }
}
