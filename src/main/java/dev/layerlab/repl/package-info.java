/**
 * The JLine REPL, its session state and undo stack, and terminal I/O.
 *
 * <p>May import: everything.
 */
package dev.layerlab.repl;
