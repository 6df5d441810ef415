package dev.layerlab.shell;

/** A command's standard streams. Pipes run one command after another, so input is a whole blob. */
public record Io(Input stdin, Sink out, Sink err) {
  public Io withOut(Sink sink) {
    return new Io(stdin, sink, err);
  }

  public Io withErr(Sink sink) {
    return new Io(stdin, out, sink);
  }
}
