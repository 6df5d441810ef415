package dev.layerlab.shell;

import dev.layerlab.fs.Content;

/** A command's standard streams: input as a whole blob (pipes run one command after another). */
public record Io(Content stdin, Sink out, Sink err) {
  public Io withStdin(Content in) {
    return new Io(in, out, err);
  }

  public Io withOut(Sink sink) {
    return new Io(stdin, sink, err);
  }

  public Io withErr(Sink sink) {
    return new Io(stdin, out, sink);
  }
}
