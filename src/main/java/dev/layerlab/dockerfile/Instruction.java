package dev.layerlab.dockerfile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A typed Dockerfile instruction. Values are kept as written (variables unexpanded, quotes kept where
 * BuildKit keeps them) because expansion depends on the build environment at that point of the build.
 */
public sealed interface Instruction {
  /** The parser node the instruction came from: its line, original text and heredocs. */
  Node node();

  <R> R accept(Visitor<R> visitor);

  /** One method per instruction: Java 17 has no pattern switch, so dispatch goes through here. */
  interface Visitor<R> {
    R from(From i);
    R run(Run i);
    R cmd(Cmd i);
    R entrypoint(Entrypoint i);
    R env(Env i);
    R label(Label i);
    R maintainer(Maintainer i);
    R expose(Expose i);
    R copy(Copy i);
    R add(Add i);
    R volume(Volume i);
    R user(User i);
    R workdir(Workdir i);
    R arg(Arg i);
    R onbuild(OnBuild i);
    R stopSignal(StopSignal i);
    R healthcheck(Healthcheck i);
    R shell(Shell i);
  }

  /** A command in shell form (one string, run through SHELL) or exec form (argv, no shell). */
  record CommandLine(List<String> args, boolean shellForm) {
    public CommandLine {
      args = List.copyOf(args);
    }
  }

  /** A key and its raw value, as ENV, LABEL and ARG declare them. */
  record KeyValue(String key, String value) {}

  /** An ARG declaration: a name and, optionally, a raw default. */
  record ArgDef(String name, Optional<String> value) {}

  /** The source and destination part of COPY and ADD. */
  record Sources(List<String> paths, List<Heredoc> inline, String dest) {
    public Sources {
      paths = List.copyOf(paths);
      inline = List.copyOf(inline);
    }
  }

  record From(Node node, String image, Optional<String> stageName, Optional<String> platform) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.from(this); }
  }

  /** RUN with its raw {@code --mount} values (parsed when the step runs, after expansion). */
  record Run(Node node, CommandLine command, List<String> mounts, Optional<String> network,
      Optional<String> security, List<Heredoc> heredocs) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.run(this); }
  }

  record Cmd(Node node, CommandLine command) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.cmd(this); }
  }

  record Entrypoint(Node node, CommandLine command) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.entrypoint(this); }
  }

  record Env(Node node, List<KeyValue> pairs) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.env(this); }
  }

  record Label(Node node, List<KeyValue> pairs) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.label(this); }
  }

  record Maintainer(Node node, String name) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.maintainer(this); }
  }

  record Expose(Node node, List<String> ports) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.expose(this); }
  }

  record Copy(Node node, Sources sources, Optional<String> from, Optional<String> chown, Optional<String> chmod,
      boolean link, boolean parents, List<String> excludes) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.copy(this); }
  }

  record Add(Node node, Sources sources, Optional<String> chown, Optional<String> chmod, boolean link,
      boolean keepGitDir, Optional<String> checksum, Optional<Boolean> unpack, List<String> excludes)
      implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.add(this); }
  }

  record Volume(Node node, List<String> paths) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.volume(this); }
  }

  record User(Node node, String user) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.user(this); }
  }

  record Workdir(Node node, String path) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.workdir(this); }
  }

  record Arg(Node node, List<ArgDef> args) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.arg(this); }
  }

  /** ONBUILD: the trigger text (the line without ONBUILD, heredoc bodies appended) stored in the image. */
  record OnBuild(Node node, String expression) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.onbuild(this); }
  }

  record StopSignal(Node node, String signal) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.stopSignal(this); }
  }

  /** HEALTHCHECK: {@code test} is {@code [NONE]}, {@code [CMD, argv…]} or {@code [CMD-SHELL, text]}. */
  record Healthcheck(Node node, List<String> test, Duration interval, Duration timeout, Duration startPeriod,
      Duration startInterval, int retries) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.healthcheck(this); }
  }

  record Shell(Node node, List<String> shell) implements Instruction {
    public <R> R accept(Visitor<R> v) { return v.shell(this); }
  }
}
