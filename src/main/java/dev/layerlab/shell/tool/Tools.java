package dev.layerlab.shell.tool;

import dev.layerlab.fs.FsException;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.Program;
import dev.layerlab.shell.ProgramRegistry;
import dev.layerlab.shell.ShellLimitException;
import java.util.List;

/**
 * The registry entries for the tool models. Each runs only when the image has a file of that name on
 * PATH, so {@code apt-get} in Alpine or {@code npm} in a Go image is {@code not found}.
 */
public final class Tools {
  private Tools() {}

  /** Adds every tool model to {@code registry}. */
  public static ProgramRegistry addTo(ProgramRegistry registry) {
    ProgramRegistry r = registry;
    r = withAll(r, List.of("apt-get", "apt"), new Apt());
    r = withAll(r, List.of("apk"), new Apk());
    r = withAll(r, List.of("npm"), new Npm());
    r = withAll(r, List.of("npx"), new Npx());
    r = withAll(r, List.of("yarn", "yarnpkg"), new Yarn());
    r = withAll(r, List.of("tsc", "vite", "react-scripts", "webpack", "next", "esbuild", "rollup", "parcel", "nest"),
        new JsBuild());
    r = withAll(r, List.of("jest", "vitest", "eslint", "prettier", "mocha"), new JsCheck());
    r = withAll(r, List.of("pip", "pip3", "pip3.11", "pip3.12"), new Pip());
    r = withAll(r, List.of("python", "python3", "python3.11", "python3.12"), new Python());
    r = withAll(r, List.of("go"), new Go());
    r = withAll(r, List.of("mvn", "mvnw"), new Maven());
    r = withAll(r, List.of("gradle", "gradlew"), new Gradle());
    r = withAll(r, List.of("jar", "java"), new JarExtract());
    r = withAll(r, List.of("cargo"), new Cargo());
    r = withAll(r, List.of("make"), new Make());
    r = withAll(r, List.of("cmake"), new CMake());
    r = withAll(r, List.of("gcc", "cc", "g++", "c++", "clang", "gcc-12", "g++-12"), new Cc());
    r = withAll(r, List.of("curl", "wget"), new Download());
    r = withAll(r, List.of("useradd", "adduser", "addgroup", "groupadd", "usermod"), new Accounts());
    return withAll(r, List.of("git"), new Git());
  }

  /**
   * A model meeting input it does not understand (a malformed manifest, a non-numeric uid) must fail
   * like a program, not crash the build: the exception becomes a message and exit status 1. Limits
   * still stop the whole script.
   */
  static Program guarded(String name, Program program) {
    return inv -> {
      try {
        return program.run(inv);
      } catch (ShellLimitException e) {
        throw e;
      } catch (FsException e) {
        // The files said no (the USER may not write there): fail as the tool fails, not as a model bug.
        return e.kind() == FsException.Kind.ACCESS || e.kind() == FsException.Kind.NOT_PERMITTED
            ? PermissionDenied.report(name, e, inv) : fsError(name, e, inv);
      } catch (RuntimeException e) {
        inv.err(name + ": layerlab could not model this invocation (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")\n");
        return 1;
      }
    };
  }

  private static int fsError(String name, FsException e, Invocation inv) {
    inv.err(name + ": " + e.getMessage() + "\n");
    return 1;
  }

  private static ProgramRegistry withAll(ProgramRegistry r, List<String> names, Program program) {
    for (String n : names) {
      r = r.with(n, guarded(n, program));
    }
    return r;
  }
}
