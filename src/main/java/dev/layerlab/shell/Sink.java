package dev.layerlab.shell;

import dev.layerlab.fs.Content;

/** Where a command's output goes: the build log, a pipe buffer, a file, or nowhere. */
public interface Sink {
  void write(Content data);

  default void write(String text) {
    if (!text.isEmpty()) {
      write(Content.of(text));
    }
  }

  /** {@code /dev/null}. */
  static Sink discard() {
    return data -> {};
  }
}
