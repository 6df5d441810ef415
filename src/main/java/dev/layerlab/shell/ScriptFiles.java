package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Executable text files the user wrote: {@code #!/bin/sh} names the interpreter (as the kernel reads
 * it), and a text file without a {@code #!} line is run by the shell itself (execve's ENOEXEC, which
 * sh answers by reading the file as a script). Modelled (synthetic) binaries are not scripts.
 */
final class ScriptFiles {
  private static final int MAX_SHEBANG = 256;

  private ScriptFiles() {}

  /** The interpreter argv to put before the script path, or empty when the file is not a script. */
  static Optional<List<String>> interpreter(SimFs fs, String path, String shell) {
    Content c = fs.content(path);
    if (!(c instanceof Content.Bytes)) {
      return Optional.empty();
    }
    byte[] bytes = ((Content.Bytes) c).bytes();
    if (bytes.length < 2 || bytes[0] != '#' || bytes[1] != '!') {
      return isText(bytes) ? Optional.of(List.of(shell)) : Optional.empty();
    }
    int end = 2;
    while (end < bytes.length && end < MAX_SHEBANG && bytes[end] != '\n') {
      end++;
    }
    String line = new String(bytes, 2, end - 2, StandardCharsets.UTF_8).trim();
    if (line.isEmpty()) {
      return Optional.of(List.of(shell));
    }
    String[] parts = line.split("[ \t]+", 2);
    return Optional.of(parts.length == 1 ? List.of(parts[0]) : Arrays.asList(parts[0], parts[1]));
  }

  private static boolean isText(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 512); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
