package dev.layerlab.build;

import dev.layerlab.dockerfile.Heredoc;
import dev.layerlab.dockerfile.Instruction;
import dev.layerlab.dockerfile.Mount;
import dev.layerlab.dockerfile.DockerfileException;
import dev.layerlab.shell.Shell;
import dev.layerlab.shell.ShellContext;
import dev.layerlab.shell.ShellResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RUN: the command is interpreted by layerlab's shell over the stage's filesystem (nothing runs on the
 * host); what it changes becomes the layer. Mounts are set up around it and leave no trace.
 */
final class RunHandler {
  private RunHandler() {}

  static void handle(Instruction.Run run, StageState s, BuildSession session, Expand expand) {
    String name = session.legacy() ? run.node().original().strip() : expand.stepName(s, run);
    List<Mount> mounts = mounts(run, s, expand);
    session.keyedStep(s, run, name, RunKey.parts(run, s, mounts, argv(run, s), session), () -> {
      RunMounts setup = new RunMounts(s, session, run);
      setup.setUp(mounts, s.workdir());
      ShellContext ctx = context(s, setup.env());
      ShellResult result = asUser(s, () -> run.command().shellForm() ? Shell.run(script(run), ctx)
          : Shell.exec(run.command().args(), ctx));
      setup.tearDown();
      session.unmodelled.addAll(result.unmodelled());
      List<String> argv = argv(run, s);
      double seconds = CostModel.run(result.sleptSeconds(), result.commandsRun());
      if (!result.succeeded()) {
        if (session.legacy()) {
          throw new BuildException("The command '" + String.join(" ", argv) + "' returned a non-zero code: "
              + result.exitCode(), run.node().range(), result.lines(), seconds, result.exitCode());
        }
        throw new BuildException(failure(argv, result), run.node().range(), result.lines(), seconds);
      }
      return new BuildSession.Outcome(createdBy(argv, s, session.legacy()), seconds, result.lines());
    });
  }

  /** Runs the command with the kernel's permission checks for the stage's USER; mounts are set up as root. */
  private static ShellResult asUser(StageState s, java.util.function.Supplier<ShellResult> command) {
    UserSpec user = UserSpec.resolve(s.user(), s.fs());
    s.fs().actAs(user.uid(), user.gid());
    try {
      return command.get();
    } finally {
      s.fs().actAs(0, 0);
    }
  }

  private static List<Mount> mounts(Instruction.Run run, StageState s, Expand expand) {
    List<Mount> out = new ArrayList<>();
    for (String csv : run.mounts()) {
      try {
        out.add(Mount.parse(csv, Optional.of(v -> expand.word(s, run, v))));
      } catch (DockerfileException e) {
        throw new BuildException(e.diagnostic().message(), run.node().range());
      }
    }
    return out;
  }

  private static ShellContext context(StageState s, Map<String, String> mountEnv) {
    Map<String, String> env = s.runEnv();
    env.putAll(mountEnv);
    return ShellContext.of(s.fs()).withEnv(env).withWorkdir(s.workdir()).withUser(s.user())
        .withShell(s.config.effectiveShell());
  }

  /**
   * The text the shell runs. A RUN that is a single heredoc runs its body as the script; otherwise the
   * heredoc bodies follow the line, and the shell reads them itself.
   */
  static String script(Instruction.Run run) {
    Instruction.CommandLine cl = run.command();
    String line = cl.args().isEmpty() ? "" : cl.args().get(0);
    List<Heredoc> docs = run.heredocs();
    if (docs.size() == 1 && line.strip().matches("\\d*<<-?\\s*['\"]?" + java.util.regex.Pattern.quote(docs.get(0).name()) + "['\"]?")) {
      return docs.get(0).effectiveContent();
    }
    StringBuilder script = new StringBuilder(line);
    for (Heredoc d : docs) {
      script.append('\n').append(d.content()).append(d.name());
    }
    return script.toString();
  }

  /** The argv BuildKit records and reports: SHELL plus the command, or the exec-form array. */
  static List<String> argv(Instruction.Run run, StageState s) {
    if (!run.command().shellForm()) {
      return run.command().args();
    }
    List<String> argv = new ArrayList<>(s.config.effectiveShell());
    argv.add(run.heredocs().isEmpty() ? String.join(" ", run.command().args()) : script(run));
    return argv;
  }

  /**
   * {@code RUN |2 A=1 B= /bin/sh -c cmd # buildkit}: every ARG in scope, used or not, with its value; the
   * legacy builder writes the same without {@code RUN} and the suffix.
   */
  private static String createdBy(List<String> argv, StageState s, boolean legacy) {
    List<String> args = legacy ? legacyArgs(s) : buildkitArgs(s);
    String prefix = args.isEmpty() ? "" : "|" + args.size() + " " + String.join(" ", args) + " ";
    return legacy ? prefix + String.join(" ", argv) : "RUN " + prefix + String.join(" ", argv) + " # buildkit";
  }

  /** BuildKit: every ARG of the stage in declaration order, valued or not, with the value RUN sees. */
  private static List<String> buildkitArgs(StageState s) {
    List<String> args = new ArrayList<>();
    s.args.forEach((k, v) -> args.add(k + "=" + Optional.ofNullable(s.buildEnv.get(k)).orElse(v.orElse(""))));
    return args;
  }

  /**
   * The legacy builder: only ARGs with a value that no ENV (the base image's included) overrides, as
   * {@code KEY=value} sorted (recorded: {@code |1 A=1} where BuildKit writes {@code |3 NOVAL= B=env A=1}).
   */
  private static List<String> legacyArgs(StageState s) {
    Set<String> env = new HashSet<>();
    s.config.env().forEach(kv -> env.add(kv.contains("=") ? kv.substring(0, kv.indexOf('=')) : kv));
    List<String> args = new ArrayList<>();
    s.args.forEach((k, v) -> v.filter(x -> !env.contains(k)).ifPresent(x -> args.add(k + "=" + x)));
    Collections.sort(args);
    return args;
  }

  private static String failure(List<String> argv, ShellResult result) {
    String why = result.error().orElse("exit code: " + result.exitCode());
    return "process \"" + String.join(" ", argv) + "\" did not complete successfully: " + why;
  }
}
