package dev.layerlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a Dockerfile from the host, given the file itself or the directory holding it. */
record DockerfileInput(Path path, String text) {

  static DockerfileInput read(Path given) throws UserError {
    Path file = Files.isDirectory(given) ? given.resolve("Dockerfile") : given;
    try {
      if (Files.size(file) > dev.layerlab.dockerfile.Parser.MAX_DOCKERFILE_BYTES) {
        throw new UserError(dev.layerlab.dockerfile.Parser.tooBig() + ": " + file);
      }
      return new DockerfileInput(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("failed to read dockerfile: open " + file + ": no such file or directory");
    }
  }

  String displayName() {
    return path.getFileName() == null ? "Dockerfile" : path.getFileName().toString();
  }
}
