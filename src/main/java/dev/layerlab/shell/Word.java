package dev.layerlab.shell;

/** A shell word exactly as written (quotes and expansions kept); expanded only when it runs. */
public record Word(String raw) {
  @Override
  public String toString() {
    return raw;
  }
}
