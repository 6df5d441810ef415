package dev.layerlab.shell;

import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The builtins that change the shell itself (variables, options, directory, control flow). */
final class ShellBuiltins {
  /** A builtin that needs the interpreter, not just an {@link Invocation}. */
  @FunctionalInterface
  interface Builtin {
    int run(Interpreter sh, List<String> args);
  }

  private static final Map<String, Builtin> BUILTINS = new HashMap<>();

  static {
    BUILTINS.put("cd", ShellBuiltins::cd);
    BUILTINS.put("export", (sh, a) -> VariableBuiltins.export(sh, a, true));
    BUILTINS.put("readonly", (sh, a) -> VariableBuiltins.export(sh, a, false));
    BUILTINS.put("local", (sh, a) -> VariableBuiltins.export(sh, a, false));
    BUILTINS.put("unset", VariableBuiltins::unset);
    BUILTINS.put("set", VariableBuiltins::set);
    BUILTINS.put("shift", VariableBuiltins::shift);
    BUILTINS.put("read", VariableBuiltins::read);
    BUILTINS.put("exit", (sh, a) -> {
      throw new ControlFlow.Exit(status(sh, a, sh.state().lastStatus));
    });
    BUILTINS.put("return", (sh, a) -> {
      throw new ControlFlow.Return(status(sh, a, sh.state().lastStatus));
    });
    BUILTINS.put("break", (sh, a) -> loop(sh, a, false));
    BUILTINS.put("continue", (sh, a) -> loop(sh, a, true));
    BUILTINS.put("eval", (sh, a) -> Scripts.runInline(sh, String.join(" ", a)));
    BUILTINS.put(".", ShellBuiltins::source);
    BUILTINS.put("source", ShellBuiltins::source);
    BUILTINS.put("exec", (sh, a) -> a.isEmpty() ? 0 : exit(sh.invoke(a, Map.of(), sh.io())));
    BUILTINS.put("command", ShellBuiltins::command);
    BUILTINS.put("type", ShellBuiltins::type);
    for (String ignored : List.of("trap", "umask", "wait", "ulimit", "hash", "times", "kill")) {
      BUILTINS.put(ignored, (sh, a) -> 0);
    }
  }

  private ShellBuiltins() {}

  static Optional<Builtin> get(String name) {
    return Optional.ofNullable(BUILTINS.get(name));
  }

  private static int exit(int status) {
    throw new ControlFlow.Exit(status);
  }

  private static int status(Interpreter sh, List<String> args, int otherwise) {
    if (args.isEmpty()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(args.get(0)) & 0xff;
    } catch (NumberFormatException e) {
      throw sh.fatal("exit: Illegal number: " + args.get(0));
    }
  }

  private static int loop(Interpreter sh, List<String> args, boolean isContinue) {
    if (sh.state().loopDepth == 0) {
      return 0;
    }
    int levels = args.isEmpty() ? 1 : Math.max(1, status(sh, args, 1));
    throw new ControlFlow.Loop(Math.min(levels, sh.state().loopDepth), isContinue);
  }

  private static int cd(Interpreter sh, List<String> args) {
    ShellState st = sh.state();
    String target = args.isEmpty() ? st.vars.getOrDefault("HOME", "/") : args.get(0);
    if (target.equals("-")) {
      target = st.vars.getOrDefault("OLDPWD", st.cwd);
    }
    String path = PathNames.resolve(st.cwd, target.replace("\0", ""));
    if (!sh.fs().statFollow(path).map(Entry::isDir).orElse(false)) {
      String why = sh.fs().statFollow(path).isPresent() ? "Not a directory" : "No such file or directory";
      sh.io().err().write(st.argv0 + ": cd: can't cd to " + target + ": " + why + "\n");
      return 2;
    }
    st.vars.put("OLDPWD", st.cwd);
    st.cwd = path;
    st.vars.put("PWD", path);
    return 0;
  }

  private static int source(Interpreter sh, List<String> args) {
    if (args.isEmpty()) {
      return 0;
    }
    String path = PathNames.resolve(sh.state().cwd, args.get(0));
    try {
      return Scripts.runInline(sh, ContentText.text(sh.fs().content(path)));
    } catch (FsException e) {
      throw sh.fatal(".: can't open '" + args.get(0) + "': " + e.reason());
    }
  }

  private static int command(Interpreter sh, List<String> args) {
    if (args.isEmpty()) {
      return 0;
    }
    if (args.get(0).equals("-v") || args.get(0).equals("-V")) {
      int status = 0;
      for (String name : args.subList(1, args.size())) {
        Optional<String> where = sh.locate(name);
        where.ifPresent(w -> sh.io().out().write(w + "\n"));
        status = where.isPresent() ? status : 1;
      }
      return status;
    }
    return sh.invoke(args, Map.of(), sh.io());
  }

  private static int type(Interpreter sh, List<String> args) {
    int status = 0;
    for (String name : args) {
      Optional<String> where = sh.locate(name);
      if (where.isEmpty()) {
        sh.io().out().write(name + ": not found\n");
        status = 127;
      } else {
        boolean builtin = where.get().equals(name);
        sh.io().out().write(name + " is " + (builtin ? "a shell builtin" : where.get()) + "\n");
      }
    }
    return status;
  }
}
