package dev.layerlab.shell;

/**
 * Bounds that make every script terminate and stay small: nesting depth (functions, subshells,
 * substitutions), commands run, loop iterations, bytes held in a pipe or substitution, and the build
 * log, which is clipped like BuildKit's 2 MiB log limit rather than failing.
 */
public record ShellLimits(int maxDepth, long maxCommands, long maxLoopIterations, long maxBufferBytes, int maxLogBytes) {
  public static ShellLimits defaults() {
    return new ShellLimits(100, 100_000, 100_000, 64L << 20, 2 << 20);
  }
}
