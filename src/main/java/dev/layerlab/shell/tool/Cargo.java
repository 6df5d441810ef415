package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cargo build [--release] [--target T] [--locked]}, {@code cargo fetch}, {@code cargo install
 * --path .}: the registry in {@code $CARGO_HOME} (crates from Cargo.lock, else Cargo.toml's
 * dependencies), {@code target/<profile>/deps} and the binary {@code target/[T/]<profile>/<name>}. The
 * binary is dynamically linked to glibc, except for a {@code *-musl} target (explicit, or the default on
 * Alpine), which Rust links statically.
 */
final class Cargo implements Program {
  private static final JsonNode CAT = ToolData.catalogue("cargo");

  @Override
  public int run(Invocation inv) {
    String cmd = inv.args().isEmpty() ? "help" : inv.args().get(0);
    if (cmd.equals("--version") || cmd.equals("-V")) {
      inv.out("cargo 1.77.0\n");
      return 0;
    }
    Optional<String> manifest = FsText.read(inv, inv.resolve("Cargo.toml"));
    if (manifest.isEmpty()) {
      inv.err("error: could not find `Cargo.toml` in `" + inv.cwd() + "` or any parent directory\n");
      return 101;
    }
    Map<String, String> crates = crates(inv, manifest.get());
    long bytes = fetch(inv, crates);
    if (cmd.equals("build") || cmd.equals("install") || cmd.equals("test")) {
      bytes += build(inv, manifest.get(), crates, cmd);
    }
    Costs.charge(inv, cmd.equals("fetch") ? "download" : "cargo build", bytes);
    return 0;
  }

  private static Map<String, String> crates(Invocation inv, String manifest) {
    Map<String, String> out = new LinkedHashMap<>();
    Optional<String> lock = FsText.read(inv, inv.resolve("Cargo.lock"));
    if (lock.isPresent()) {
      Matcher m = Pattern.compile("\\[\\[package]]\\s*\\nname = \"([^\"]+)\"\\s*\\nversion = \"([^\"]+)\"\\s*\\nsource").matcher(lock.get());
      while (m.find()) {
        out.put(m.group(1), m.group(2));
      }
      return out;
    }
    String deps = manifest.replaceAll("(?s).*\\[dependencies]", "").replaceAll("(?s)\\n\\[.*", "");
    Matcher m = Pattern.compile("(?m)^([\\w-]+)\\s*=\\s*(?:\"([^\"]+)\"|\\{[^}]*version\\s*=\\s*\"([^\"]+)\")").matcher(deps);
    while (m.find()) {
      out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  static long size(String crate) {
    return CAT.path("crates").path(crate).path("size").asLong(CAT.path("defaultSize").asLong());
  }

  private static long fetch(Invocation inv, Map<String, String> crates) {
    String home = inv.env().getOrDefault("CARGO_HOME", inv.env().getOrDefault("HOME", "/root") + "/.cargo");
    String index = home + "/registry/src/index.crates.io-6f17d22bba15001f";
    TreeWriter w = new TreeWriter(inv);
    crates.forEach((name, version) -> {
      String dir = index + "/" + name + "-" + version;
      if (!FsText.exists(inv, dir)) {
        w.fill(dir + "/src", "mod", TreeWriter.fileCount(size(name)), size(name), ".rs");
        w.file(home + "/registry/cache/index.crates.io-6f17d22bba15001f/" + name + "-" + version + ".crate",
            Math.round(size(name) * CAT.path("crateRatio").asDouble()), 0644);
      }
    });
    return w.written();
  }

  private long build(Invocation inv, String manifest, Map<String, String> crates, String cmd) {
    Matcher n = Pattern.compile("(?s)\\[package].*?name\\s*=\\s*\"([^\"]+)\"").matcher(manifest);
    String name = n.find() ? n.group(1) : PathNames.base(inv.cwd());
    boolean release = inv.args().contains("--release") || inv.args().contains("-r") || cmd.equals("install");
    String triple = target(inv);
    boolean musl = triple.contains("musl") || (triple.isEmpty() && FsText.exists(inv, "/lib/ld-musl-x86_64.so.1"));
    String profile = release ? "release" : "debug";
    String dir = inv.resolve("target") + (triple.isEmpty() ? "" : "/" + triple) + "/" + profile;
    long crateBytes = crates.keySet().stream().mapToLong(Cargo::size).sum();
    TreeWriter w = new TreeWriter(inv);
    long deps = Math.round(crateBytes * CAT.path(release ? "targetRatio" : "debugTargetRatio").asDouble())
        + CAT.path("targetBaseBytes").asLong();
    w.fill(dir + "/deps", "lib", Math.min(200, 2 * Math.max(1, crates.size())), deps, ".rlib");
    long binary = CAT.path("binaryBaseBytes").asLong() + Math.round(crateBytes * CAT.path("linkRatio").asDouble());
    binary = release ? binary : Math.round(binary * CAT.path("debugBinaryFactor").asDouble());
    Linkage linkage = musl ? Linkage.STATIC : Linkage.DYNAMIC_GLIBC;
    w.put(dir + "/" + name, linkage.content(binary, name + ":" + profile + ":" + triple), 0755);
    if (cmd.equals("install")) {
      String home = inv.env().getOrDefault("CARGO_HOME", inv.env().getOrDefault("HOME", "/root") + "/.cargo");
      w.put(home + "/bin/" + name, linkage.content(binary, name + ":install"), 0755);
    }
    inv.out("    Finished " + profile + " target(s)\n");
    return w.written();
  }

  private static String target(Invocation inv) {
    int i = inv.args().indexOf("--target");
    if (i >= 0 && i + 1 < inv.args().size()) {
      return inv.args().get(i + 1);
    }
    return inv.args().stream().filter(a -> a.startsWith("--target=")).map(a -> a.substring(9)).findFirst().orElse("");
  }
}
