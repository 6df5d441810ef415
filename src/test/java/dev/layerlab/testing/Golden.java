package dev.layerlab.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compare output with an expected file, or rewrite it when {@code -Dgolden.update=true}.
 * Rewriting is refused under CI, so a run there can never bless its own output.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  public static void check(Path expectedFile, String actual) {
    if (updating()) {
      assertThat(System.getenv("CI")).as("golden.update must not be used in CI").isNull();
      write(expectedFile, actual);
      return;
    }
    assertThat(expectedFile).as("golden file (run with -Dgolden.update=true to create it)").exists();
    assertThat(actual).isEqualTo(read(expectedFile));
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path p, String text) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
