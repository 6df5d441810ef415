package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;

import java.util.ArrayList;
import java.util.List;

/** What one RUN shares across all its subshells: the fs, programs, limits and the counters. */
final class RunState {
  final SimFs fs;
  final ProgramRegistry programs;
  final ShellLimits limits;
  final LogSink log;
  final List<String> unmodelled = new ArrayList<>();
  private long commands;
  private long iterations;
  private int depth;
  private double slept;

  RunState(SimFs fs, ProgramRegistry programs, ShellLimits limits) {
    this.fs = fs;
    this.programs = programs;
    this.limits = limits;
    this.log = new LogSink(limits.maxLogBytes());
  }

  void countCommand() {
    if (++commands > limits.maxCommands()) {
      throw new ShellLimitException("layerlab: command limit exceeded (" + limits.maxCommands() + " commands run)");
    }
  }

  void countIteration() {
    if (++iterations > limits.maxLoopIterations()) {
      throw new ShellLimitException(
          "layerlab: loop iteration limit exceeded (" + limits.maxLoopIterations() + " iterations)");
    }
  }

  void enter() {
    if (++depth > limits.maxDepth()) {
      depth = 0;
      throw new ShellLimitException(
          "layerlab: nesting limit exceeded (" + limits.maxDepth() + " levels of functions, subshells or $(…))");
    }
  }

  void leave() {
    depth = Math.max(0, depth - 1);
  }

  void sleep(double seconds) {
    slept += seconds;
  }

  double slept() {
    return slept;
  }

  long commands() {
    return commands;
  }

  void unmodelled(String program) {
    if (!unmodelled.contains(program)) {
      unmodelled.add(program);
    }
  }
}
