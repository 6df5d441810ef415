package dev.layerlab.shell;

import dev.layerlab.fs.Content;
import dev.layerlab.fs.SimFs;

import java.util.List;
import java.util.Map;

/**
 * One run of a {@link Program}: its arguments and streams, and the narrow view of the shell it may
 * use (filesystem, working directory, user, environment, running other commands).
 */
public final class Invocation {
  private final String name;
  private final List<String> args;
  private final Io io;
  private final Map<String, String> env;
  private final Interpreter shell;

  Invocation(String name, List<String> args, Io io, Map<String, String> env, Interpreter shell) {
    this.name = name;
    this.args = List.copyOf(args);
    this.io = io;
    this.env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
    this.shell = shell;
  }

  /** argv[0] as typed. */
  public String name() {
    return name;
  }

  /** The same program run with other arguments ({@code python -m pip ARGS} handing over to pip). */
  public Invocation withArgs(List<String> newArgs) {
    return new Invocation(name, newArgs, io, env, shell);
  }

  /** The arguments after the name. */
  public List<String> args() {
    return args;
  }

  public Io io() {
    return io;
  }

  /** All of standard input (read once; a second call gives what is left, which is nothing). */
  public Content stdin() {
    return io.stdin().takeAll();
  }

  public void out(String text) {
    io.out().write(text);
  }

  public void out(Content data) {
    io.out().write(data);
  }

  public void err(String text) {
    io.err().write(text);
  }

  /** Prints {@code name: message} to stderr the busybox way and returns 1. */
  public int fail(String message) {
    err(name + ": " + message + "\n");
    return 1;
  }

  public SimFs fs() {
    return shell.fs();
  }

  public String cwd() {
    return shell.state().cwd;
  }

  /** {@code path} as an absolute, normalized path against the working directory. */
  public String resolve(String path) {
    return PathNames.resolve(cwd(), path);
  }

  /** The exported environment the program sees. */
  public Map<String, String> env() {
    return env;
  }

  public int uid() {
    return shell.state().uid;
  }

  public int gid() {
    return shell.state().gid;
  }

  /** /etc/passwd and /etc/group of the image. */
  public Users users() {
    return new Users(shell.fs());
  }

  /** Records simulated sleep; nothing waits. */
  public void sleep(double seconds) {
    shell.run().sleep(seconds);
  }

  /** Runs another command (as {@code find -exec} does) with the given streams. */
  public int run(List<String> argv, Io streams) {
    return shell.runCommand(argv, streams);
  }

  /** Runs another command with extra environment variables ({@code env A=1 cmd}). */
  public int run(List<String> argv, Map<String, String> extraEnv, Io streams) {
    return shell.runCommand(argv, extraEnv, streams);
  }

  /** Runs a script in a child shell ({@code sh -c}); {@code argv0} and args become $0, $1 … */
  public int runScript(String script, String argv0, List<String> params, Io streams) {
    return Scripts.runChildScript(shell, script, argv0, params, streams, env);
  }

  /**
   * Runs a script in a child shell whose environment is this one with {@code extraEnv} laid over it (as
   * {@code npm run} does, prefixing PATH with {@code node_modules/.bin}).
   */
  public int runScript(String script, String argv0, List<String> params, Map<String, String> extraEnv, Io streams) {
    Map<String, String> merged = new java.util.LinkedHashMap<>(env);
    merged.putAll(extraEnv);
    return Scripts.runChildScript(shell, script, argv0, params, streams, merged);
  }

  /** Whether a command of this name exists (builtin, function or on PATH) and where. */
  public java.util.Optional<String> locate(String command) {
    return shell.locate(command);
  }

  /** The file PATH lookup finds for a program name (what {@code which} prints). */
  public java.util.Optional<String> pathOf(String command) {
    return shell.findOnPath(command);
  }

  /** Reports a program found on PATH that has no model. */
  public void unmodelled(String program) {
    shell.run().unmodelled(program);
  }
}
