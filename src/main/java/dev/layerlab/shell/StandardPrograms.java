package dev.layerlab.shell;

/** Registers the builtins and applets layerlab models (filled in as applets are written). */
final class StandardPrograms {
  private StandardPrograms() {}

  static ProgramRegistry register(ProgramRegistry registry) {
    return registry;
  }
}
