package dev.layerlab.build.copy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.layerlab.image.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sizes of well-known download URLs ({@code downloads.json} in resources, each with its source
 * or marked as an estimate). ADD never fetches anything: an unknown URL is taken as 1 MB.
 */
final class Downloads {
  static final long DEFAULT_SIZE = 1_000_000L;
  private static final Map<String, Long> SIZES = load();

  private Downloads() {}

  static long sizeOf(String url) {
    return Optional.ofNullable(SIZES.get(url)).orElse(DEFAULT_SIZE);
  }

  static boolean known(String url) {
    return SIZES.containsKey(url);
  }

  static boolean isUrl(String word) {
    return word.startsWith("http://") || word.startsWith("https://");
  }

  /** BuildKit's git references: {@code git://}, {@code git@}, or an http(s) URL ending in .git. */
  static boolean isGit(String word) {
    String noFragment = word.contains("#") ? word.substring(0, word.indexOf('#')) : word;
    return word.startsWith("git://") || word.startsWith("git@")
        || (isUrl(word) && noFragment.endsWith(".git"));
  }

  /** The file name a URL is saved under: the last element of its path. */
  static String fileName(String url) {
    String path;
    try {
      path = Optional.ofNullable(URI.create(url).getPath()).orElse("");
    } catch (IllegalArgumentException e) {
      path = url;
    }
    String base = path.substring(path.lastIndexOf('/') + 1);
    return base.isEmpty() ? "index.html" : base;
  }

  private static Map<String, Long> load() {
    Map<String, Long> out = new HashMap<>();
    try (InputStream in = Downloads.class.getResourceAsStream("/downloads.json")) {
      if (in == null) {
        return out;
      }
      JsonNode root = JsonTree.read(in).orElseThrow(() -> new IOException("empty downloads.json"));
      root.path("downloads").forEach(d -> out.put(d.path("url").asText(), d.path("size").asLong()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
