package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code go mod download|tidy|verify}, {@code go build [-o OUT] [-ldflags …] [PKG]}, {@code go install},
 * {@code go test}, {@code go vet}, {@code go version}. The module cache ({@code $GOPATH/pkg/mod}) is sized
 * from go.sum through {@code tools/go.json}; the build cache goes to {@code $GOCACHE} or {@code
 * ~/.cache/go-build}. The binary's {@link Linkage}: static when {@code CGO_ENABLED=0}, when there is no
 * C compiler (Go then turns cgo off by itself), or when the sources use neither {@code net}, {@code
 * os/user} nor {@code import "C"}; otherwise dynamic against the image's libc, as real builds are —
 * which is why a default {@code golang} build does not start in {@code scratch}.
 */
final class Go implements Program {
  private static final JsonNode CAT = ToolData.catalogue("go");

  @Override
  public int run(Invocation inv) {
    List<String> args = inv.args();
    String cmd = args.isEmpty() ? "help" : args.get(0);
    List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
    switch (cmd) {
      case "version": inv.out("go version go1.22.1 linux/amd64\n"); return 0;
      case "env": case "vet": case "generate": case "fmt": return 0;
      case "mod": return mod(inv, rest);
      case "build": case "install": return build(inv, cmd, rest);
      case "test": return test(inv);
      default:
        inv.err("go " + cmd + ": unknown command\nRun 'go help' for usage.\n");
        return 2;
    }
  }

  private int mod(Invocation inv, List<String> rest) {
    if (!rest.isEmpty() && (rest.get(0).equals("init") || rest.get(0).equals("edit"))) {
      return 0;
    }
    Optional<GoModule> m = GoModule.find(inv);
    if (m.isEmpty()) {
      return noGoMod(inv);
    }
    Costs.charge(inv, "go mod download", download(inv, m.get()));
    return 0;
  }

  static int noGoMod(Invocation inv) {
    inv.err("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    return 1;
  }

  static String gopath(Invocation inv) {
    return Optional.ofNullable(inv.env().get("GOPATH")).map(p -> p.split(":")[0])
        .orElse(inv.env().getOrDefault("HOME", "/root") + "/go");
  }

  static long size(String module) {
    return CAT.path("modules").path(module).path("size").asLong(CAT.path("defaultSize").asLong());
  }

  /** Fetches the modules not yet in the cache; returns the bytes written. */
  static long download(Invocation inv, GoModule m) {
    String mod = gopath(inv) + "/pkg/mod";
    TreeWriter w = new TreeWriter(inv);
    m.downloads().forEach((path, version) -> {
      String dir = mod + "/" + escape(path) + "@" + version;
      if (FsText.exists(inv, dir)) {
        return;
      }
      w.fill(dir, "source", TreeWriter.fileCount(size(path)), size(path), ".go");
      String dl = mod + "/cache/download/" + escape(path) + "/@v/" + version;
      w.file(dl + ".zip", Math.round(size(path) * CAT.path("zipRatio").asDouble()), 0644);
      w.text(dl + ".mod", "module " + path + "\n");
      w.text(dl + ".info", "{\"Version\":\"" + version + "\"}\n");
    });
    return w.written();
  }

  /** The module cache escapes upper case letters as {@code !x}. */
  static String escape(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      out.append(Character.isUpperCase(c) ? "!" + Character.toLowerCase(c) : String.valueOf(c));
    }
    return out.toString();
  }

  private int build(Invocation inv, String cmd, List<String> rest) {
    Optional<GoModule> m = GoModule.find(inv);
    if (m.isEmpty()) {
      return noGoMod(inv);
    }
    GoFlags f = GoFlags.parse(rest);
    long bytes = download(inv, m.get());
    List<String> sources = m.get().sources(inv);
    bytes += buildCache(inv, m.get());
    String name = f.packages().stream().filter(p -> !p.equals(".") && !p.endsWith("...")).findFirst()
        .map(p -> PathNames.base(p.replaceFirst("@.*", ""))).orElse(PathNames.base(m.get().path()));
    String out = cmd.equals("install") ? gopath(inv) + "/bin/" + name
        : f.output().map(o -> o.endsWith("/") || FsText.isDir(inv, inv.resolve(o)) ? PathNames.join(inv.resolve(o), name)
            : inv.resolve(o)).orElse(PathNames.join(inv.cwd(), name));
    Linkage linkage = linkage(inv, sources);
    long size = binarySize(m.get(), sources, f.stripped());
    new TreeWriter(inv).put(out, linkage.content(size, m.get().path() + ":" + out + ":" + f.stripped()), 0755);
    Costs.charge(inv, "go build", bytes + size);
    return 0;
  }

  private static long buildCache(Invocation inv, GoModule m) {
    String dir = Optional.ofNullable(inv.env().get("GOCACHE")).orElse(inv.env().getOrDefault("HOME", "/root") + "/.cache/go-build");
    long bytes = CAT.path("buildCacheBytes").asLong()
        + m.downloads().keySet().stream().mapToLong(p -> Math.min(5_000_000, size(p))).sum();
    TreeWriter w = new TreeWriter(inv);
    if (!FsText.exists(inv, dir + "/README")) {
      w.text(dir + "/README", "This directory holds cached build artifacts from the Go build system.\n");
    }
    w.fill(dir + "/" + String.format("%02x", TreeWriter.seed(m.path()) & 0xff), "obj", 40, bytes, "-d");
    return w.written();
  }

  private static long binarySize(GoModule m, List<String> sources, boolean stripped) {
    boolean http = sources.stream().anyMatch(s -> s.contains("\"net/http\"") || s.contains("gin-gonic"));
    long size = CAT.path("runtimeBytes").asLong() + (http ? CAT.path("netHttpBytes").asLong() : 0);
    for (String module : m.downloads().keySet()) {
      size += Math.min(CAT.path("linkCapBytes").asLong(), Math.round(size(module) * CAT.path("linkRatio").asDouble()));
    }
    return stripped ? Math.round(size * CAT.path("strippedRatio").asDouble()) : size;
  }

  private static Linkage linkage(Invocation inv, List<String> sources) {
    String cgo = inv.env().getOrDefault("CGO_ENABLED", "");
    boolean compiler = inv.pathOf("gcc").isPresent() || inv.pathOf("cc").isPresent();
    boolean needsLibc = sources.stream().anyMatch(s -> s.contains("\"net") || s.contains("\"os/user\"") || s.contains("import \"C\""));
    if (cgo.equals("0") || (!cgo.equals("1") && !compiler) || !needsLibc) {
      return Linkage.STATIC;
    }
    return FsText.exists(inv, "/lib/ld-musl-x86_64.so.1") ? Linkage.DYNAMIC_MUSL : Linkage.DYNAMIC_GLIBC;
  }

  private int test(Invocation inv) {
    Optional<GoModule> m = GoModule.find(inv);
    if (m.isEmpty()) {
      return noGoMod(inv);
    }
    long bytes = download(inv, m.get()) + buildCache(inv, m.get());
    inv.out("ok  \t" + m.get().path() + "\t0.012s\n");
    Costs.charge(inv, "go test", bytes);
    return 0;
  }

  /** The flags of go build/install that matter here. */
  record GoFlags(Optional<String> output, boolean stripped, List<String> packages) {
    static GoFlags parse(List<String> args) {
      Optional<String> out = Optional.empty();
      boolean stripped = false;
      List<String> packages = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i).replaceFirst("^--", "-");
        String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        boolean valued = List.of("-o", "-ldflags", "-tags", "-gcflags", "-mod", "-p", "-buildmode").contains(flag);
        String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : valued && i + 1 < args.size() ? args.get(++i) : "";
        if (flag.equals("-o")) {
          out = Optional.of(value);
        } else if (flag.equals("-ldflags")) {
          stripped = value.contains("-s") && value.contains("-w");
        } else if (!a.startsWith("-")) {
          packages.add(a);
        }
      }
      return new GoFlags(out, stripped, packages);
    }
  }
}
