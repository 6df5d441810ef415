package dev.layerlab.shell;

import dev.layerlab.shell.applet.Applets;

/** The standard registry: dash/busybox builtins and the modelled applets. */
final class StandardPrograms {
  private StandardPrograms() {}

  static ProgramRegistry register(ProgramRegistry registry) {
    return Applets.addTo(registry);
  }
}
