package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go module as the go command reads it: the directory of {@code go.mod} (here or above), its module
 * path, and the modules to download — from {@code go.sum} (a line without {@code /go.mod} means the
 * zip is needed) or, without go.sum, the {@code require}s of go.mod.
 *
 * @param dir where go.mod is
 * @param path the module path
 * @param downloads module path → version, for the modules whose source is fetched
 */
record GoModule(String dir, String path, Map<String, String> downloads) {
  private static final Pattern REQUIRE = Pattern.compile("^\\s*(?:require\\s+)?([\\w.\\-/]+\\.[\\w.\\-/]+)\\s+(v[\\w.\\-+]+)", Pattern.MULTILINE);

  static Optional<GoModule> find(Invocation inv) {
    for (String d = inv.cwd(); ; d = PathNames.parent(d)) {
      Optional<String> mod = FsText.read(inv, PathNames.join(d, "go.mod"));
      if (mod.isPresent()) {
        return Optional.of(parse(inv, d, mod.get()));
      }
      if (d.equals("/")) {
        return Optional.empty();
      }
    }
  }

  private static GoModule parse(Invocation inv, String dir, String mod) {
    Matcher m = Pattern.compile("^module\\s+(\\S+)", Pattern.MULTILINE).matcher(mod);
    String path = m.find() ? m.group(1).replace("\"", "") : "main";
    Map<String, String> downloads = new LinkedHashMap<>();
    Optional<String> sum = FsText.read(inv, PathNames.join(dir, "go.sum"));
    if (sum.isPresent()) {
      for (String line : sum.get().split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 3 && !f[1].endsWith("/go.mod")) {
          downloads.put(f[0], f[1]);
        }
      }
    } else {
      Matcher r = REQUIRE.matcher(mod.replaceAll("//.*", ""));
      while (r.find()) {
        downloads.put(r.group(1), r.group(2));
      }
    }
    return new GoModule(dir, path, downloads);
  }

  /** The Go files of the module, for what they import. */
  List<String> sources(Invocation inv) {
    List<String> out = new ArrayList<>();
    inv.fs().walk(dir).filter(e -> e.isFile() && e.path().endsWith(".go") && !e.path().contains("/vendor/"))
        .limit(500).forEach(e -> FsText.read(inv, e.path()).ifPresent(out::add));
    return out;
  }
}
