package dev.layerlab.repl;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a session starts: the bundled starter sandbox, a project directory, and later a lesson's start
 * state. {@code reset} returns to it.
 *
 * @param name shown in the welcome line and the prompt
 * @param directory the project's directory, where {@code save} writes; empty for bundled sandboxes
 */
record StartState(String name, Sandbox sandbox, Optional<Path> directory) {

  /** The sandbox shipped in the jar: a Dockerfile and a tiny shell app on busybox. */
  static StartState starter() {
    return new StartState("starter", BundledSandbox.load("starter"), Optional.empty());
  }

  /** A real project: its Dockerfile and context read into memory, written back only by {@code save}. */
  static StartState project(Path dir) {
    return new StartState(ProjectFiles.name(dir), ProjectFiles.read(dir), Optional.of(dir));
  }
}
