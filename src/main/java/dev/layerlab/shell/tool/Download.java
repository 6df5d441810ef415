package dev.layerlab.shell.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.fs.Content;
import dev.layerlab.fs.Linkage;
import dev.layerlab.shell.Invocation;
import dev.layerlab.shell.PathNames;
import dev.layerlab.shell.Program;
import java.util.List;
import java.util.Optional;

/**
 * {@code curl [-fsSL] [-o FILE | -O] URL} and {@code wget [-q] [-O FILE] URL}: RUN has no network, so
 * the response is simulated from {@code downloads.json} (shared with ADD): an archive becomes a
 * {@link Archive} that {@code tar -x} unpacks, an install script a harmless script for {@code | sh},
 * anything else synthetic bytes of the listed size. An unknown URL is 1 MB and says so in the log.
 */
final class Download implements Program {
  private static final long DEFAULT_SIZE = 1_000_000L;

  @Override
  public int run(Invocation inv) {
    boolean curl = PathNames.base(inv.name()).equals("curl");
    ToolArgs a = ToolArgs.parse(inv.args(), curl ? java.util.Set.of("o", "output", "H", "header", "u", "d", "X", "w", "A", "retry", "connect-timeout", "m", "max-time")
        : java.util.Set.of("O", "output-document", "P", "directory-prefix", "header", "U", "T", "t", "tries"));
    List<String> urls = a.operands().stream().filter(u -> u.contains("://") || u.contains(".")).toList();
    if (urls.isEmpty()) {
      inv.err(curl ? "curl: try 'curl --help' or 'curl --manual' for more information\n" : "wget: missing URL\n");
      return 2;
    }
    String url = urls.get(0);
    JsonNode entry = entry(url);
    Content body = body(url, entry, inv);
    if (entry.isMissingNode()) {
      inv.err("layerlab: no size known for " + url + "; simulated as " + DEFAULT_SIZE + " bytes (estimate)\n");
    }
    Optional<String> target = curl ? a.value("o").or(() -> a.value("output")).or(() -> a.has("O", "remote-name")
        ? Optional.of(fileName(url)) : Optional.empty())
        : a.value("O").or(() -> a.value("output-document")).or(() -> Optional.of(fileName(url)));
    if (target.isEmpty() || target.get().equals("-")) {
      inv.out(body);
    } else {
      String dir = a.value("P").map(inv::resolve).orElse(inv.cwd());
      new TreeWriter(inv).put(PathNames.resolve(dir, target.get()), body, 0644);
    }
    Costs.charge(inv, "download", entry.path("size").asLong(DEFAULT_SIZE));
    return 0;
  }

  private static JsonNode entry(String url) {
    for (JsonNode d : ToolData.downloads().path("downloads")) {
      if (d.path("url").asText().equals(url)) {
        return d;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static Content body(String url, JsonNode entry, Invocation inv) {
    long size = entry.path("size").asLong(DEFAULT_SIZE);
    String name = fileName(url);
    String kind = entry.path("kind").asText(name.matches(".*\\.(tar\\.gz|tgz|tar\\.xz|tar|tar\\.bz2)$") ? "archive"
        : name.endsWith(".sh") || name.equals("index.html") ? "script" : "binary");
    switch (kind) {
      case "archive" -> {
        JsonNode u = entry.path("unpacked");
        String root = u.path("root").asText(name.replaceFirst("\\.(tar\\.gz|tgz|tar\\.xz|tar|tar\\.bz2)$", ""));
        return Archive.of(root, u.path("bytes").asLong(Math.round(size * 2.5)), u.path("files").asInt(TreeWriter.fileCount(size)));
      }
      case "script" -> {
        return Content.of("#!/bin/sh\n# layerlab: simulated download of " + url + " (" + size
            + " bytes for real); RUN has no network, so this script does nothing\n:\n");
      }
      default -> {
        return Linkage.STATIC.content(size, url);
      }
    }
  }

  static String fileName(String url) {
    String path = url.replaceFirst("^[a-z]+://[^/]*", "").replaceFirst("[?#].*", "");
    String base = path.substring(path.lastIndexOf('/') + 1);
    return base.isEmpty() ? "index.html" : base;
  }
}
