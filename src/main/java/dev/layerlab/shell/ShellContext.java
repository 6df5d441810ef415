package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a RUN step hands the shell: the stage's filesystem, the environment (ENV and ARGs, in
 * order), WORKDIR, USER (as written: {@code root}, {@code 1000}, {@code app:staff}, {@code 1000:1000}),
 * the shell (SHELL, default {@code /bin/sh -c}), the programs that can be modelled, and the limits.
 */
public record ShellContext(
    SimFs fs,
    Map<String, String> env,
    String workdir,
    String user,
    List<String> shell,
    ProgramRegistry programs,
    ShellLimits limits) {

  public ShellContext {
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    shell = List.copyOf(shell);
  }

  /** Root in {@code /}, no environment, {@code /bin/sh -c}, the standard programs, default limits. */
  public static ShellContext of(SimFs fs) {
    return new ShellContext(
        fs, Map.of(), "/", "root", List.of("/bin/sh", "-c"), ProgramRegistry.standard(), ShellLimits.defaults());
  }

  public ShellContext withEnv(Map<String, String> newEnv) {
    return new ShellContext(fs, newEnv, workdir, user, shell, programs, limits);
  }

  public ShellContext withWorkdir(String dir) {
    return new ShellContext(fs, env, dir, user, shell, programs, limits);
  }

  public ShellContext withUser(String newUser) {
    return new ShellContext(fs, env, workdir, newUser, shell, programs, limits);
  }

  public ShellContext withShell(List<String> newShell) {
    return new ShellContext(fs, env, workdir, user, newShell, programs, limits);
  }

  public ShellContext withPrograms(ProgramRegistry newPrograms) {
    return new ShellContext(fs, env, workdir, user, shell, newPrograms, limits);
  }

  public ShellContext withLimits(ShellLimits newLimits) {
    return new ShellContext(fs, env, workdir, user, shell, programs, newLimits);
  }
}
