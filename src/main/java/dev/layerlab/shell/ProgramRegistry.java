package dev.layerlab.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programs the shell knows how to model. <b>Builtins</b> always exist (they live in the shell);
 * <b>programs</b> run only when the image has a file of that name on PATH, so {@code ls} in a {@code
 * scratch}-based image is {@code not found}. Immutable; {@link #with} returns a new registry.
 */
public final class ProgramRegistry {
  private final Map<String, Program> builtins;
  private final Map<String, Program> programs;

  private ProgramRegistry(Map<String, Program> builtins, Map<String, Program> programs) {
    this.builtins = Collections.unmodifiableMap(builtins);
    this.programs = Collections.unmodifiableMap(programs);
  }

  public static ProgramRegistry empty() {
    return new ProgramRegistry(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** The builtins of dash/busybox sh and the coreutils applets that layerlab models. */
  public static ProgramRegistry standard() {
    return StandardPrograms.register(empty());
  }

  /** Adds (or replaces) a program that needs a file on PATH, e.g. a tool model for {@code apt-get}. */
  public ProgramRegistry with(String name, Program program) {
    Map<String, Program> copy = new LinkedHashMap<>(programs);
    copy.put(name, program);
    return new ProgramRegistry(builtins, copy);
  }

  /** Adds (or replaces) a builtin, which runs whatever the image holds. */
  public ProgramRegistry withBuiltin(String name, Program program) {
    Map<String, Program> copy = new LinkedHashMap<>(builtins);
    copy.put(name, program);
    return new ProgramRegistry(copy, programs);
  }

  public Optional<Program> builtin(String name) {
    return Optional.ofNullable(builtins.get(name));
  }

  public Optional<Program> program(String name) {
    return Optional.ofNullable(programs.get(name));
  }

  public Set<String> builtinNames() {
    return builtins.keySet();
  }

  public Set<String> programNames() {
    return programs.keySet();
  }
}
