package dev.layerlab.shell;

import dev.layerlab.fs.Content;

import java.util.ArrayList;
import java.util.List;

/** Holds output for a pipe or a command substitution, up to {@link ShellLimits#maxBufferBytes()}. */
final class BufferSink implements Sink {
  private final List<Content> parts = new ArrayList<>();
  private final long limit;
  private long size;

  BufferSink(long limit) {
    this.limit = limit;
  }

  @Override
  public void write(Content data) {
    boolean bytes = data instanceof Content.Bytes;
    if (bytes && size + data.size() > limit) {
      throw new ShellLimitException("layerlab: output buffer limit exceeded (" + limit + " bytes in a pipe or $(…))");
    }
    size += data.size();
    parts.add(data);
  }

  Content contents() {
    return ContentText.concat(parts);
  }
}
