package dev.layerlab.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime defaults an image carries ({@code docker image inspect}'s {@code Config}), immutable.
 * An empty list stands for Docker's {@code null} (unset Cmd, Entrypoint, Shell …), an empty string
 * for an unset WorkingDir, User or StopSignal.
 *
 * @param env ordered {@code KEY=value} entries
 * @param exposedPorts ordered, with protocol: {@code 80/tcp}
 * @param shell empty means the default {@code ["/bin/sh", "-c"]}
 */
public record ImageConfig(
    List<String> env, List<String> cmd, List<String> entrypoint, String workingDir, String user,
    Map<String, String> labels, List<String> exposedPorts, List<String> volumes, List<String> shell,
    Optional<Healthcheck> healthcheck, String stopSignal, List<String> onBuild, String os,
    String architecture) {

  /** The config of {@code scratch} and of unknown stand-ins. */
  public static final ImageConfig EMPTY =
      new ImageConfig(List.of(), List.of(), List.of(), "", "", Map.of(), List.of(), List.of(),
          List.of(), Optional.empty(), "", List.of(), "linux", "amd64");

  /** What RUN's shell form uses when the image sets no SHELL. */
  public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  public ImageConfig {
    env = List.copyOf(env);
    cmd = List.copyOf(cmd);
    entrypoint = List.copyOf(entrypoint);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    exposedPorts = List.copyOf(exposedPorts);
    volumes = List.copyOf(volumes);
    shell = List.copyOf(shell);
    onBuild = List.copyOf(onBuild);
  }

  /** The value of an environment variable, if set. */
  public Optional<String> env(String key) {
    String prefix = key + "=";
    return env.stream().filter(e -> e.startsWith(prefix))
        .map(e -> e.substring(prefix.length())).findFirst();
  }

  /** The environment as an ordered map. */
  public Map<String, String> envMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String e : env) {
      int eq = e.indexOf('=');
      map.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
    }
    return map;
  }

  /** The shell RUN's shell form runs under. */
  public List<String> effectiveShell() {
    return shell.isEmpty() ? DEFAULT_SHELL : shell;
  }

  /** Sets one variable: replaced in place if present (Docker keeps its position), else appended. */
  public ImageConfig withEnv(String key, String value) {
    List<String> next = new ArrayList<>(env);
    String entry = key + "=" + value;
    int at = indexOfKey(key);
    if (at >= 0) {
      next.set(at, entry);
    } else {
      next.add(entry);
    }
    return withEnv(next);
  }

  private int indexOfKey(String key) {
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i).equals(key) || env.get(i).startsWith(key + "=")) {
        return i;
      }
    }
    return -1;
  }

  /** Adds or replaces a label, keeping first-set order. */
  public ImageConfig withLabel(String key, String value) {
    Map<String, String> next = new LinkedHashMap<>(labels);
    next.put(key, value);
    return withLabels(next);
  }

  /** Adds a port ({@code 80/tcp}) unless present. */
  public ImageConfig withExposedPort(String port) {
    return exposedPorts.contains(port) ? this : withExposedPorts(append(exposedPorts, port));
  }

  /** Adds a volume unless present. */
  public ImageConfig withVolume(String path) {
    return volumes.contains(path) ? this : withVolumes(append(volumes, path));
  }

  private static List<String> append(List<String> list, String item) {
    List<String> next = new ArrayList<>(list);
    next.add(item);
    return next;
  }

  // One copy method per field, for the build engine's handlers (ENV, CMD, USER …).

  public ImageConfig withEnv(List<String> value) {
    return new ImageConfig(
        value, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell,
        healthcheck, stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withCmd(List<String> value) {
    return new ImageConfig(
        env, value, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell,
        healthcheck, stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withEntrypoint(List<String> value) {
    return new ImageConfig(
        env, cmd, value, workingDir, user, labels, exposedPorts, volumes, shell, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withWorkingDir(String value) {
    return new ImageConfig(
        env, cmd, entrypoint, value, user, labels, exposedPorts, volumes, shell, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withUser(String value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, value, labels, exposedPorts, volumes, shell,
        healthcheck, stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withLabels(Map<String, String> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, value, exposedPorts, volumes, shell, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withExposedPorts(List<String> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, value, volumes, shell, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withVolumes(List<String> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, value, shell, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withShell(List<String> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, value, healthcheck,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withHealthcheck(Optional<Healthcheck> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell, value,
        stopSignal, onBuild, os, architecture);
  }

  public ImageConfig withStopSignal(String value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell, healthcheck,
        value, onBuild, os, architecture);
  }

  public ImageConfig withOnBuild(List<String> value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell, healthcheck,
        stopSignal, value, os, architecture);
  }

  public ImageConfig withOs(String value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell, healthcheck,
        stopSignal, onBuild, value, architecture);
  }

  public ImageConfig withArchitecture(String value) {
    return new ImageConfig(
        env, cmd, entrypoint, workingDir, user, labels, exposedPorts, volumes, shell, healthcheck,
        stopSignal, onBuild, os, value);
  }
}
