package dev.layerlab.repl;

import dev.layerlab.fs.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a sandbox shipped in the jar: {@code sandbox/NAME.files} names each file and its mode. */
final class BundledSandbox {
  private BundledSandbox() {}

  static Sandbox load(String name) {
    Sandbox s = Sandbox.empty();
    for (String line : new String(resource("sandbox/" + name + ".files"), StandardCharsets.UTF_8).split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      s = s.withFile(parts[0], Content.of(resource("sandbox/" + name + "/" + parts[0])), Integer.parseInt(parts[1], 8));
    }
    return s;
  }

  private static byte[] resource(String path) {
    try (InputStream in = BundledSandbox.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
