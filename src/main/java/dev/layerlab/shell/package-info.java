/**
 * RUN without a host: a POSIX-shell subset interpreted over the simulated filesystem, the builtins and applets an image offers, and the models of the programs people run in Dockerfiles.
 *
 * <p>May import: {@code fs}, {@code image}.
 */
package dev.layerlab.shell;
