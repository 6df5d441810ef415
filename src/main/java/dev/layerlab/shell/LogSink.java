package dev.layerlab.shell;

import dev.layerlab.fs.Content;


/** The build log: stdout and stderr interleaved, clipped like BuildKit's log limit. */
final class LogSink implements Sink {
  private final StringBuilder text = new StringBuilder();
  private final int limit;
  private long bytes;
  private boolean clipped;

  LogSink(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(Content data) {
    if (clipped) {
      return;
    }
    if (bytes + data.size() > limit) {
      clipped = true;
      text.append("[output clipped, log limit ").append(limit >> 20).append("MiB reached]\n");
      return;
    }
    bytes += data.size();
    if (data instanceof Content.Bytes) {
      text.append(((Content.Bytes) data).utf8());
    }
  }

  String text() {
    return text.toString();
  }
}
