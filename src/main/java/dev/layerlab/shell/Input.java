package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A command's standard input, consumed from the front: {@code read} takes a line, a program takes the
 * rest. Shared by every command of a redirected loop, so {@code while read l; do …; done < f} ends.
 */
public final class Input {
  private Content rest;
  private byte[] lines;
  private int offset;

  private Input(Content content) {
    this.rest = content;
  }

  public static Input of(Content content) {
    return new Input(content);
  }

  public static Input empty() {
    return new Input(Content.empty());
  }

  /** Everything not yet read; the input is then at its end. */
  public Content takeAll() {
    Content all = lines == null ? rest : Content.of(Arrays.copyOfRange(lines, offset, lines.length));
    rest = Content.empty();
    lines = null;
    return all;
  }

  /** The next line without its newline, or empty at the end of the input. */
  public Optional<String> readLine() {
    if (lines == null) {
      lines = ContentText.bytes(rest);
      offset = 0;
    }
    if (offset >= lines.length) {
      return Optional.empty();
    }
    int nl = offset;
    while (nl < lines.length && lines[nl] != '\n') {
      nl++;
    }
    String line = new String(lines, offset, nl - offset, StandardCharsets.UTF_8);
    offset = nl + 1;
    return Optional.of(line);
  }
}
