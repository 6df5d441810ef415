package dev.layerlab.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a RUN step's script over the simulated filesystem: {@code /bin/sh -c script} as BuildKit does,
 * but interpreted. Nothing touches the host.
 */
public final class Shell {
  private Shell() {}

  /** Shell form: {@code RUN script} → {@code <shell...> script}. */
  public static ShellResult run(String script, ShellContext ctx) {
    String shellPath = ctx.shell().isEmpty() ? "/bin/sh" : ctx.shell().get(0);
    if (!ctx.fs().statFollow(PathNames.resolve("/", shellPath)).map(e -> e.isFile()).orElse(false)) {
      return notStarted(ShellResult.Outcome.SHELL_MISSING,
          "runc run failed: unable to start container process: exec: \"" + shellPath + "\": stat "
              + shellPath + ": no such file or directory");
    }
    Optional<int[]> ids = resolveUser(ctx);
    if (ids.isEmpty()) {
      return notStarted(ShellResult.Outcome.USER_UNKNOWN,
          "unable to find user " + ctx.user() + ": no matching entries in passwd file");
    }
    RunState run = new RunState(ctx.fs(), ctx.programs(), ctx.limits());
    ShellState st = initialState(ctx, ids.get(), shellPath);
    Io io = new Io(Input.empty(), run.log, run.log);
    Interpreter interpreter = new Interpreter(st, run, io);
    try {
      int status = Scripts.run(interpreter, script);
      return result(ShellResult.Outcome.COMPLETED, status, run, Optional.empty());
    } catch (ShellLimitException e) {
      run.log.write(e.getMessage() + "\n");
      return result(ShellResult.Outcome.LIMIT_EXCEEDED, 2, run, Optional.of(e.getMessage()));
    } catch (StackOverflowError e) {
      String message = "layerlab: nesting limit exceeded (the script recursed too deeply)";
      run.log.write(message + "\n");
      return result(ShellResult.Outcome.LIMIT_EXCEEDED, 2, run, Optional.of(message));
    }
  }

  /**
   * Exec form: {@code RUN ["prog", "arg"]} runs the program directly, with no shell and no expansion;
   * it must exist in the image.
   */
  public static ShellResult exec(List<String> argv, ShellContext ctx) {
    if (argv.isEmpty()) {
      return notStarted(ShellResult.Outcome.EXECUTABLE_MISSING, "runc run failed: no command specified");
    }
    Optional<int[]> ids = resolveUser(ctx);
    if (ids.isEmpty()) {
      return notStarted(ShellResult.Outcome.USER_UNKNOWN,
          "unable to find user " + ctx.user() + ": no matching entries in passwd file");
    }
    RunState run = new RunState(ctx.fs(), ctx.programs(), ctx.limits());
    ShellState st = initialState(ctx, ids.get(), argv.get(0));
    Optional<String> path = PathLookup.find(ctx.fs(), st.vars.get("PATH"), st.cwd, argv.get(0));
    if (path.isEmpty()) {
      String why = argv.get(0).contains("/") ? "stat " + argv.get(0) + ": no such file or directory"
          : "executable file not found in $PATH";
      return notStarted(ShellResult.Outcome.EXECUTABLE_MISSING,
          "runc run failed: unable to start container process: exec: \"" + argv.get(0) + "\": " + why);
    }
    Io io = new Io(Input.empty(), run.log, run.log);
    Interpreter interpreter = new Interpreter(st, run, io);
    try {
      int status = interpreter.runFound(path, argv.get(0), argv.subList(1, argv.size()), io, st.environment());
      return result(ShellResult.Outcome.COMPLETED, status, run, Optional.empty());
    } catch (ShellLimitException e) {
      run.log.write(e.getMessage() + "\n");
      return result(ShellResult.Outcome.LIMIT_EXCEEDED, 2, run, Optional.of(e.getMessage()));
    } catch (ControlFlow.Exit e) {
      return result(ShellResult.Outcome.COMPLETED, e.status, run, Optional.empty());
    }
  }

  private static ShellState initialState(ShellContext ctx, int[] ids, String shellPath) {
    ShellState st = new ShellState();
    st.vars.putAll(ctx.env());
    st.vars.putIfAbsent("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    String home = ids[0] == 0 ? "/root" : new Users(ctx.fs()).userName(ids[0])
        .flatMap(n -> new Users(ctx.fs()).home(n)).orElse("/");
    st.vars.putIfAbsent("HOME", home);
    st.exported.addAll(st.vars.keySet());
    st.cwd = PathNames.resolve("/", ctx.workdir());
    st.vars.put("PWD", st.cwd);
    st.uid = ids[0];
    st.gid = ids[1];
    st.argv0 = shellPath;
    applyShellOptions(ctx.shell(), st);
    return st;
  }

  // SHELL ["/bin/bash", "-o", "pipefail", "-eux", "-c"]: the options before the script apply to it.
  private static void applyShellOptions(List<String> shell, ShellState st) {
    for (int i = 1; i < shell.size(); i++) {
      String a = shell.get(i);
      if ((a.equals("-o") || a.equals("+o")) && i + 1 < shell.size()) {
        VariableBuiltins.flag(st, shell.get(++i), a.startsWith("-"));
      } else if (a.length() > 1 && (a.startsWith("-") || a.startsWith("+"))) {
        for (char c : a.substring(1).toCharArray()) {
          VariableBuiltins.flag(st, String.valueOf(c), a.startsWith("-"));
        }
      }
    }
  }

  /** USER as uid and gid: numbers are taken as they are, names come from /etc/passwd and /etc/group. */
  static Optional<int[]> resolveUser(ShellContext ctx) {
    String[] parts = ctx.user().isEmpty() ? new String[] {"root"} : ctx.user().split(":", 2);
    Users users = new Users(ctx.fs());
    OptionalInt uid = number(parts[0]);
    if (uid.isEmpty()) {
      uid = parts[0].equals("root") ? OptionalInt.of(0) : users.uid(parts[0]);
    }
    if (uid.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt gid;
    if (parts.length > 1) {
      gid = number(parts[1]);
      gid = gid.isPresent() ? gid : parts[1].equals("root") ? OptionalInt.of(0) : users.gid(parts[1]);
    } else {
      gid = users.userName(uid.getAsInt()).map(n -> users.primaryGid(n)).orElse(OptionalInt.empty());
      gid = gid.isPresent() ? gid : OptionalInt.of(0);
    }
    return gid.isEmpty() ? Optional.empty() : Optional.of(new int[] {uid.getAsInt(), gid.getAsInt()});
  }

  private static OptionalInt number(String s) {
    try {
      return OptionalInt.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static ShellResult notStarted(ShellResult.Outcome outcome, String message) {
    return new ShellResult(outcome, 127, "", List.of(), 0, 0, Optional.of(message));
  }

  private static ShellResult result(ShellResult.Outcome outcome, int status, RunState run, Optional<String> error) {
    return new ShellResult(
        outcome, status, run.log.text(), new ArrayList<>(run.unmodelled), run.slept(), run.commands(), error);
  }
}
