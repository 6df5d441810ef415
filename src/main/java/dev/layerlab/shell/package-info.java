/**
 * RUN without a host: a POSIX-shell subset interpreted over the simulated filesystem, the builtins and applets an image offers, and the models of the programs people run in Dockerfiles.
 *
 * <p>Entry points: {@link dev.layerlab.shell.Shell#run} (shell form) and {@link
 * dev.layerlab.shell.Shell#exec} (exec form) take a {@link dev.layerlab.shell.ShellContext} (the
 * stage's {@code SimFs}, ENV, WORKDIR, USER, SHELL, the {@link dev.layerlab.shell.ProgramRegistry} and
 * the {@link dev.layerlab.shell.ShellLimits}) and return a {@link dev.layerlab.shell.ShellResult}. The
 * pipeline inside is the usual one: {@code ShellLexer} → {@code ShellParser} → {@link
 * dev.layerlab.shell.Node} → {@code Interpreter} (with {@code Expander} for words). A program runs
 * only when the image has a file of its name on PATH; a file with no model is reported as unmodelled.
 * Nothing here touches the host's files, processes or clock ({@code HostIsolationTest}).
 *
 * <p>May import: {@code fs}, {@code image}.
 */
package dev.layerlab.shell;
