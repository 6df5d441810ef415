package dev.layerlab.shell;

/** A model of one program (a builtin, an applet, or a tool): reads its invocation, returns a status. */
@FunctionalInterface
public interface Program {
  int run(Invocation invocation);
}
