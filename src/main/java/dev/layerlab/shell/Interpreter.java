package dev.layerlab.shell;

import dev.layerlab.fs.SimFs;
import dev.layerlab.fs.Entry;
import dev.layerlab.fs.FsException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks the tree and runs it: control flow, {@code set -e}, pipes, functions, command lookup. */
final class Interpreter implements Node.Visitor<Integer> {
  private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final ShellState st;
  private final RunState run;
  private final Expander expander;
  private final Redirections redirections;
  private Io io;
  private int lastSubstitution;

  Interpreter(ShellState st, RunState run, Io io) {
    this.st = st;
    this.run = run;
    this.io = io;
    this.expander = new Expander(this);
    this.redirections = new Redirections(this);
  }

  ShellState state() {
    return st;
  }

  RunState run() {
    return run;
  }

  SimFs fs() {
    return run.fs;
  }

  Io io() {
    return io;
  }

  Expander expander() {
    return expander;
  }

  int execute(Node node) {
    return node.accept(this);
  }

  /** Prints {@code /bin/sh: message} and returns the exit that a fatal shell error causes. */
  ControlFlow.Exit fatal(String message) {
    io.err().write(st.argv0 + ": " + message + "\n");
    return new ControlFlow.Exit(2);
  }

  private int finish(int status) {
    st.lastStatus = status;
    if (status != 0 && st.errexit && st.errexitSuppressed == 0) {
      throw new ControlFlow.Exit(status);
    }
    return status;
  }

  private int suppressed(Node node) {
    st.errexitSuppressed++;
    try {
      return execute(node);
    } finally {
      st.errexitSuppressed--;
    }
  }

  @Override
  public Integer visitSimple(Node.SimpleCommand c) {
    run.countCommand();
    lastSubstitution = 0;
    List<String> argv = expander.fields(c.words());
    Map<String, String> assigns = new LinkedHashMap<>();
    for (Assignment a : c.assignments()) {
      assigns.put(a.name(), expander.single(a.value().raw()));
    }
    int substStatus = lastSubstitution;
    if (st.xtrace) {
      trace(assigns, argv);
    }
    Optional<Io> opened = redirections.open(c.redirects(), io);
    if (opened.isEmpty()) {
      return finish(1);
    }
    if (argv.isEmpty()) {
      st.vars.putAll(assigns);
      return finish(substStatus);
    }
    return finish(invoke(argv, assigns, opened.get()));
  }

  private void trace(Map<String, String> assigns, List<String> argv) {
    List<String> parts = new ArrayList<>();
    assigns.forEach((k, v) -> parts.add(k + "=" + v));
    parts.addAll(argv);
    io.err().write("+ " + String.join(" ", parts) + "\n");
  }

  @Override
  public Integer visitPipeline(Node.Pipeline p) {
    int status;
    if (p.commands().size() == 1) {
      status = p.negated() ? suppressed(p.commands().get(0)) : execute(p.commands().get(0));
    } else {
      status = pipe(p.commands());
    }
    if (p.negated()) {
      st.lastStatus = status == 0 ? 1 : 0;
      return st.lastStatus;
    }
    return finish(status);
  }

  private int pipe(List<Node> commands) {
    Input input = io.stdin();
    int status = 0;
    for (int i = 0; i < commands.size(); i++) {
      boolean last = i == commands.size() - 1;
      BufferSink buffer = new BufferSink(run.limits.maxBufferBytes());
      Io stage = new Io(input, last ? io.out() : buffer, io.err());
      int stageStatus = subshell(commands.get(i), stage);
      status = st.pipefail && stageStatus == 0 ? status : stageStatus;
      input = last ? Input.empty() : Input.of(buffer.contents());
    }
    return status;
  }

  /** Runs a node in a copy of the state; {@code exit} ends only the copy. */
  int subshell(Node node, Io streams) {
    run.enter();
    try {
      return new Interpreter(st.copy(), run, streams).execute(node);
    } catch (ControlFlow.Exit e) {
      return e.status;
    } catch (ControlFlow.Return e) {
      return e.status;
    } catch (ControlFlow.Loop e) {
      return 0;
    } finally {
      run.leave();
    }
  }

  @Override
  public Integer visitAndOr(Node.AndOr n) {
    int left = suppressed(n.left());
    st.lastStatus = left;
    if (n.and() == (left == 0)) {
      return execute(n.right());
    }
    return left;
  }

  @Override
  public Integer visitSequence(Node.Sequence s) {
    int status = 0;
    for (Node item : s.items()) {
      status = execute(item);
    }
    st.lastStatus = status;
    return status;
  }

  @Override
  public Integer visitSubshell(Node.Subshell s) {
    return finish(subshell(s.body(), io));
  }

  @Override
  public Integer visitBraceGroup(Node.BraceGroup b) {
    return execute(b.body());
  }

  @Override
  public Integer visitIf(Node.If n) {
    for (Node.Branch branch : n.branches()) {
      if (suppressed(branch.condition()) == 0) {
        return execute(branch.body());
      }
    }
    int status = n.otherwise().isPresent() ? execute(n.otherwise().get()) : 0;
    st.lastStatus = status;
    return status;
  }

  @Override
  public Integer visitFor(Node.For f) {
    List<String> items = f.items().isPresent() ? expander.fields(f.items().get()) : new ArrayList<>(st.positional);
    int status = 0;
    st.loopDepth++;
    try {
      for (String item : items) {
        run.countIteration();
        st.vars.put(f.variable(), item);
        status = loopBody(f.body());
        if (status < 0) {
          status = st.lastStatus;
          break;
        }
      }
    } finally {
      st.loopDepth--;
    }
    st.lastStatus = status;
    return status;
  }

  @Override
  public Integer visitLoop(Node.Loop loop) {
    int status = 0;
    st.loopDepth++;
    try {
      while (true) {
        run.countIteration();
        if ((suppressed(loop.condition()) == 0) == loop.until()) {
          break;
        }
        status = loopBody(loop.body());
        if (status < 0) {
          status = st.lastStatus;
          break;
        }
      }
    } finally {
      st.loopDepth--;
    }
    st.lastStatus = status;
    return status;
  }

  /** Runs a loop body: its status, or -1 when {@code break} ended this loop. */
  private int loopBody(Node body) {
    try {
      return execute(body);
    } catch (ControlFlow.Loop l) {
      if (l.levels > 1) {
        throw new ControlFlow.Loop(l.levels - 1, l.isContinue);
      }
      return l.isContinue ? st.lastStatus : -1;
    }
  }

  @Override
  public Integer visitCase(Node.Case c) {
    String subject = expander.single(c.subject().raw());
    for (Node.CaseItem item : c.items()) {
      for (Word pattern : item.patterns()) {
        if (Glob.matches(expander.pattern(pattern.raw()), subject)) {
          int status = item.body().isPresent() ? execute(item.body().get()) : 0;
          st.lastStatus = status;
          return status;
        }
      }
    }
    st.lastStatus = 0;
    return 0;
  }

  @Override
  public Integer visitFunctionDef(Node.FunctionDef f) {
    st.functions.put(f.name(), f.body());
    st.lastStatus = 0;
    return 0;
  }

  @Override
  public Integer visitRedirected(Node.Redirected r) {
    Optional<Io> opened = redirections.open(r.redirects(), io);
    if (opened.isEmpty()) {
      return finish(1);
    }
    Io saved = io;
    io = opened.get();
    try {
      return execute(r.body());
    } finally {
      io = saved;
    }
  }

  /** Runs argv as a command: function, builtin, or a program found on PATH. */
  int invoke(List<String> argv, Map<String, String> assigns, Io streams) {
    String name = argv.get(0);
    List<String> args = argv.subList(1, argv.size());
    Node function = st.functions.get(name);
    if (function != null) {
      return callFunction(function, args, streams);
    }
    Optional<ShellBuiltins.Builtin> special = ShellBuiltins.get(name);
    if (special.isPresent()) {
      st.vars.putAll(assigns);
      return withStreams(streams, () -> special.get().run(this, args));
    }
    Map<String, String> env = st.environment();
    env.putAll(assigns);
    Optional<Program> builtin = run.programs.builtin(name);
    if (builtin.isPresent()) {
      return runProgram(builtin.get(), name, args, streams, env);
    }
    return external(name, args, streams, env);
  }

  private int external(String name, List<String> args, Io streams, Map<String, String> env) {
    Optional<String> path = findOnPath(name);
    if (path.isEmpty() && BusyboxApplets.standalone(fs(), st.argv0, name)) {
      // busybox's own sh runs its applets even without a link on PATH (the real builder's base showed
      // `chown` and `tar` working with no /bin/chown or /bin/tar).
      Optional<Program> applet = run.programs.program(name);
      if (applet.isPresent()) {
        return runProgram(applet.get(), name, args, streams, env);
      }
    }
    if (path.isEmpty()) {
      streams.err().write(st.argv0 + ": " + name + ": not found\n");
      return 127;
    }
    if (argBytes(name, args, env) > ARG_MAX) {
      streams.err().write(st.argv0 + ": " + name + ": Argument list too long\n");
      return 126;
    }
    return runFound(path, name, args, streams, env);
  }

  /** Linux's default ARG_MAX: the arguments and environment given to exec, NULs included, fail with E2BIG above it. */
  static final long ARG_MAX = 2L << 20;

  private static long argBytes(String name, List<String> args, Map<String, String> env) {
    long n = name.length() + 1L;
    for (String a : args) {
      n += a.length() + 1L;
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      n += e.getKey().length() + e.getValue().length() + 2L;
    }
    return n;
  }

  /** Runs the program at {@code path} (found on PATH) without any shell in between. */
  int runFound(Optional<String> path, String name, List<String> args, Io streams, Map<String, String> env) {
    Entry file = fs().statFollow(path.get()).orElseThrow();
    if ((file.mode() & 0111) == 0) {
      streams.err().write(st.argv0 + ": " + name + ": Permission denied\n");
      return 126;
    }
    Optional<Program> program = run.programs.program(PathNames.base(path.get()))
        .or(() -> run.programs.program(PathNames.base(fs().resolve(path.get()))));
    if (program.isPresent()) {
      return runProgram(program.get(), name, args, streams, env);
    }
    Optional<List<String>> script = ScriptFiles.interpreter(fs(), path.get(), st.argv0);
    if (script.isPresent()) {
      List<String> argv = new ArrayList<>(script.get());
      argv.add(path.get());
      argv.addAll(args);
      run.countCommand();
      run.enter();
      try {
        return invoke(argv, new LinkedHashMap<>(env), streams);
      } finally {
        run.leave();
      }
    }
    run.unmodelled(PathNames.base(path.get()));
    return 0;
  }

  private int runProgram(Program program, String name, List<String> args, Io streams, Map<String, String> env) {
    try {
      return program.run(new Invocation(name, args, streams, env, this));
    } catch (FsException e) {
      streams.err().write(PathNames.base(name) + ": " + e.getMessage() + "\n");
      return 1;
    } catch (java.nio.file.InvalidPathException e) {
      streams.err().write(PathNames.base(name) + ": invalid path (a NUL byte)\n");
      return 1;
    }
  }

  private int withStreams(Io streams, java.util.function.IntSupplier body) {
    Io saved = io;
    io = streams;
    try {
      return body.getAsInt();
    } finally {
      io = saved;
    }
  }

  private int callFunction(Node body, List<String> args, Io streams) {
    run.enter();
    List<String> saved = st.positional;
    st.positional = new ArrayList<>(args);
    try {
      return withStreams(streams, () -> execute(body));
    } catch (ControlFlow.Return r) {
      return r.status;
    } finally {
      st.positional = saved;
      run.leave();
    }
  }

  /** The absolute path of a program, when the image has it. */
  Optional<String> findOnPath(String name) {
    return PathLookup.find(fs(), st.vars.getOrDefault("PATH", DEFAULT_PATH), st.cwd, name);
  }

  /** {@code command -v}: a name for functions and builtins, the path for programs. */
  Optional<String> locate(String name) {
    if (st.functions.containsKey(name) || ShellBuiltins.get(name).isPresent() || run.programs.builtin(name).isPresent()) {
      return Optional.of(name);
    }
    return findOnPath(name);
  }

  /** {@code find -exec} and friends. */
  int runCommand(List<String> argv, Io streams) {
    return runCommand(argv, Map.of(), streams);
  }

  int runCommand(List<String> argv, Map<String, String> env, Io streams) {
    run.countCommand();
    return argv.isEmpty() ? 0 : invoke(argv, new LinkedHashMap<>(env), streams);
  }

  /** Records the status of a command substitution, which an assignment-only command returns. */
  void substituted(int status) {
    lastSubstitution = status;
    st.lastStatus = status;
  }
}
