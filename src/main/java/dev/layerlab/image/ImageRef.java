package dev.layerlab.image;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference split the way the catalogue needs it: {@code docker.io/}, {@code
 * index.docker.io/} and {@code library/} are dropped, a missing tag is {@code latest}.
 *
 * @param repository e.g. {@code node}, {@code bitnami/redis}, {@code
 *     gcr.io/distroless/static-debian12}
 * @param tag e.g. {@code 20-alpine}
 * @param digest the pinned {@code sha256:…}, if any
 */
public record ImageRef(String repository, String tag, Optional<String> digest) {

  /** Parses a reference; never fails (an odd reference simply matches nothing). */
  public static ImageRef parse(String text) {
    String ref = text.trim();
    Optional<String> digest = Optional.empty();
    int at = ref.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(ref.substring(at + 1));
      ref = ref.substring(0, at);
    }
    String tag = "latest";
    int colon = ref.lastIndexOf(':');
    if (colon > ref.lastIndexOf('/')) {
      tag = ref.substring(colon + 1);
      ref = ref.substring(0, colon);
    }
    return new ImageRef(stripDefaults(ref.toLowerCase(Locale.ROOT)), tag, digest);
  }

  private static String stripDefaults(String repo) {
    for (String prefix : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
      if (repo.startsWith(prefix)) {
        repo = repo.substring(prefix.length());
      }
    }
    return repo.startsWith("library/") ? repo.substring("library/".length()) : repo;
  }

  /** {@code repository:tag}, the key catalogue names use. */
  public String key() {
    return repository + ":" + tag;
  }

  /** The fully qualified form: {@code docker.io/library/node:20}. */
  public String canonical() {
    String first = repository.contains("/") ? repository.substring(0, repository.indexOf('/')) : "";
    boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
    String repo = hasRegistry ? repository
        : "docker.io/" + (repository.contains("/") ? repository : "library/" + repository);
    return repo + ":" + tag;
  }
}
