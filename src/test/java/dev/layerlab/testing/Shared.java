package dev.layerlab.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared folder beside the project (conformance data, the real-builder tool), when it exists. A
 * fresh clone has none, so tests that need it skip with a message.
 */
public final class Shared {
  private Shared() {}

  public static Optional<Path> folder(String relative) {
    String root = System.getProperty("layerlab.shared", "../shared");
    Path p = Path.of(root).resolve(relative).normalize();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
