package dev.layerlab.cli;

import dev.layerlab.plan.Builder;
import dev.layerlab.schedule.CostOverride;
import dev.layerlab.schedule.SimSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the build flags into values: build args, secrets read from the host, the builder. */
final class BuildInputs {
  private BuildInputs() {}

  static Map<String, String> buildArgs(BuildOptions o) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : o.buildArgs) {
      int eq = a.indexOf('=');
      if (eq >= 0) {
        out.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (System.getenv(a) != null) {
        out.put(a, System.getenv(a));
      }
    }
    return out;
  }

  static void checkProgress(BuildOptions o) throws UserError {
    if (!o.progress.equals("plain") && !o.progress.equals("tty") && !o.progress.equals("auto")) {
      throw new UserError("invalid progress mode \"" + o.progress + "\": use plain, tty or auto");
    }
  }

  /** {@code --max-parallelism} and the {@code --sim} durations, for the scheduler. */
  static SimSettings sim(BuildOptions o) throws UserError {
    if (o.maxParallelism != null && o.maxParallelism < 1) {
      throw new UserError("invalid --max-parallelism " + o.maxParallelism + ": use 1 or more");
    }
    List<CostOverride> overrides = new ArrayList<>();
    for (String spec : o.sim) {
      try {
        overrides.add(CostOverride.parse(spec));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    return new SimSettings(java.util.Optional.ofNullable(o.maxParallelism), overrides);
  }

  static Builder builder(BuildOptions o) throws UserError {
    return switch (o.builder) {
      case "buildkit" -> Builder.BUILDKIT;
      case "legacy", "classic" -> Builder.LEGACY;
      default -> throw new UserError("unknown builder \"" + o.builder + "\": use buildkit or legacy");
    };
  }

  /** {@code id=ID,src=FILE} reads a file, {@code env=VAR} a variable; with neither, the variable ID, else the file ID. */
  static Map<String, byte[]> secrets(BuildOptions o) throws UserError {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String spec : o.secrets) {
      Map<String, String> fields = fields(spec);
      String id = fields.get("id");
      if (id == null || id.isEmpty()) {
        throw new UserError("invalid secret " + spec + ": id is required");
      }
      out.put(id, read(id, fields));
    }
    return out;
  }

  private static byte[] read(String id, Map<String, String> f) throws UserError {
    String env = f.get("env");
    String src = f.getOrDefault("src", f.get("source"));
    if (src == null && (env != null || System.getenv(id) != null)) {
      String v = System.getenv(env != null ? env : id);
      if (v == null) {
        throw new UserError("secret " + id + ": environment variable " + env + " is not set");
      }
      return v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    Path p = Path.of(src != null ? src : id);
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UserError("failed to read secret " + id + ": open " + p + ": no such file or directory");
    }
  }

  private static Map<String, String> fields(String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      m.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
    }
    return m;
  }
}
