package dev.layerlab.shell;

import dev.layerlab.shell.applet.Applets;
import dev.layerlab.shell.tool.Tools;

/** The standard registry: dash/busybox builtins, the modelled applets and the tool models. */
final class StandardPrograms {
  private StandardPrograms() {}

  static ProgramRegistry register(ProgramRegistry registry) {
    return Tools.addTo(Applets.addTo(registry));
  }
}
