/**
 * The picocli commands and the program's entry point: the only place besides {@code repl} that prints, reads a terminal or exits.
 *
 * <p>May import: everything.
 */
package dev.layerlab.cli;
